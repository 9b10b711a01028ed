// The offline door scanner's storage (ADR 0031): its own IndexedDB database, apart from the participant's tickets, so
// the door list and queued scans survive a reload, a closed tab and a lost network. Each call opens, does one thing,
// and resolves; a failure rejects with the browser's message.
const dbName = 'eventfly-door';
let opening = null;

function open() {
    opening ??= new Promise((resolve, reject) => {
        const request = indexedDB.open(dbName, 1);
        request.onupgradeneeded = () => {
            const db = request.result;
            db.createObjectStore('settings');
            db.createObjectStore('lists', { keyPath: 'eventId' });
            db.createObjectStore('scans', { keyPath: 'id' }).createIndex('eventId', 'eventId');
        };
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => { opening = null; reject(request.error); };
    });
    return opening;
}

async function run(store, mode, work) {
    const db = await open();
    return new Promise((resolve, reject) => {
        const tx = db.transaction(store, mode);
        const request = work(tx.objectStore(store));
        tx.oncomplete = () => resolve(request?.result ?? null);
        tx.onerror = () => reject(tx.error);
        tx.onabort = () => reject(tx.error);
    });
}

export const getSetting = key => run('settings', 'readonly', s => s.get(key)).then(v => v ?? null);
export const setSetting = (key, value) => run('settings', 'readwrite', s => s.put(value, key)).then(() => true);
export const getList = eventId => run('lists', 'readonly', s => s.get(eventId)).then(v => v ?? null);
export const saveList = list => run('lists', 'readwrite', s => s.put(list)).then(() => true);
export const putScan = scan => run('scans', 'readwrite', s => s.put(scan)).then(() => true);
export const getScans = eventId => run('scans', 'readonly', s => s.index('eventId').getAll(eventId));

// The door list names tickets by SHA-256 of the signed code (trimmed, lower case), as the server makes it.
export async function hash(code) {
    const bytes = new TextEncoder().encode(code.trim().toLowerCase());
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
    return Array.from(digest, b => b.toString(16).padStart(2, '0')).join('');
}

// Tells .NET when the browser goes on- or offline; returns whether it is online now.
let listeners = null;
export function watchConnection(dotnet) {
    unwatchConnection();
    const notify = () => dotnet.invokeMethodAsync('OnConnectionChanged', navigator.onLine);
    listeners = notify;
    window.addEventListener('online', notify);
    window.addEventListener('offline', notify);
    return navigator.onLine;
}

export function unwatchConnection() {
    if (!listeners) return;
    window.removeEventListener('online', listeners);
    window.removeEventListener('offline', listeners);
    listeners = null;
}
