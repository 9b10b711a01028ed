// What the participant app keeps on the device for offline use: API answers (my tickets, their QR codes, their events'
// details) in IndexedDB, each under "<account id>/<key>", so one account never sees another's. A classic script, not
// a module: the page loads it (App.razor) and the service worker imports it, to clear everything at sign-out.
(function (scope) {
    const dbName = 'eventfly-offline';
    const storeName = 'responses';

    function open() {
        return new Promise((resolve, reject) => {
            const request = indexedDB.open(dbName, 1);
            request.onupgradeneeded = () => request.result.createObjectStore(storeName);
            request.onsuccess = () => {
                const db = request.result;
                db.onversionchange = () => db.close();
                resolve(db);
            };
            request.onerror = () => reject(request.error);
        });
    }

    async function run(mode, work) {
        const db = await open();
        try {
            return await new Promise((resolve, reject) => {
                const tx = db.transaction(storeName, mode);
                const result = work(tx.objectStore(storeName));
                tx.oncomplete = () => resolve(result && 'result' in result ? result.result : undefined);
                tx.onerror = () => reject(tx.error);
                tx.onabort = () => reject(tx.error);
            });
        } finally {
            db.close();
        }
    }

    scope.EventFlyOffline = {
        /** Keeps one answer: { body (base64), contentType, savedAt (ISO) }. */
        put: (account, key, entry) => run('readwrite', store => { store.put(entry, `${account}/${key}`); }),
        /** The kept answer, or null. */
        get: (account, key) => run('readonly', store => store.get(`${account}/${key}`)).then(v => v ?? null),
        /** Every key kept, for tests and diagnostics. */
        keys: () => run('readonly', store => store.getAllKeys()),
        /** Forgets everything: at sign-out (service worker and page alike). */
        clear: () => run('readwrite', store => { store.clear(); }),
        /** Asks the service worker to keep this page's HTML (and what it loads) for opening it offline. */
        keepPage: (url, firstLoad) => {
            // A full page load under a controlling worker went through it and is kept already.
            if (!('serviceWorker' in navigator) || (firstLoad && navigator.serviceWorker.controller)) return;
            navigator.serviceWorker.ready.then(registration => registration.active?.postMessage({ type: 'keep-page', url }));
        },
        /** Tells .NET when the browser goes offline or back online. */
        watchConnectivity: dotnet => {
            const report = () => dotnet.invokeMethodAsync('ConnectivityChanged', navigator.onLine);
            scope.addEventListener('online', report);
            scope.addEventListener('offline', report);
            return navigator.onLine;
        },
    };

    // Sign-out is a plain form post; forget the kept answers as it leaves (the service worker clears them as well).
    if (scope.document) {
        scope.document.addEventListener('submit', event => {
            const action = event.target?.getAttribute?.('action') ?? '';
            if (action.endsWith('/account/logout')) scope.EventFlyOffline.clear().catch(() => { });
        }, true);
    }
})(self);
