// The participant app offline. Static assets (listed in service-worker-assets.js at publish, plus what the pages load
// from the host, whose names are fingerprinted) come from the cache. Pages go to the network first; the participant's
// pages are kept as they pass (and when the app navigates without a request, on its "keep-page" message), so the app
// shell and the last-seen pages open without a network. The API always goes to the network: the app keeps what it
// needs offline in IndexedDB (js/offline.js). A new version waits until the user chooses to reload (no skipWaiting on
// install); sign-out forgets the kept pages and answers.
self.importScripts('./service-worker-assets.js');
self.importScripts('./js/offline.js');
self.addEventListener('install', event => event.waitUntil(onInstall()));
self.addEventListener('activate', event => event.waitUntil(onActivate()));
self.addEventListener('fetch', event => event.respondWith(onFetch(event)));
self.addEventListener('message', event => event.waitUntil(onMessage(event.data)));

const cacheName = `eventfly-cache-${self.assetsManifest.version}`;
const pagesCacheName = `eventfly-pages-${self.assetsManifest.version}`;
const included = [/\.dll$/, /\.pdb$/, /\.wasm/, /\.dat$/, /\.js$/, /\.json$/, /\.css$/, /\.woff2?$/, /\.png$/, /\.jpe?g$/, /\.svg$/, /\.webmanifest$/];
const excluded = [/^service-worker\.js$/];
// Never from the cache: the API, the live connections, the server-rendered portal, sign-in and sign-out.
const networkOnly = [/^\/api\//, /^\/_blazor/, /^\/hubs\//, /^\/health/, /^\/metrics/, /^\/organizer/, /^\/admin/, /^\/account\//, /^\/service-worker/];

async function onInstall() {
    const requests = self.assetsManifest.assets
        .filter(a => included.some(p => p.test(a.url)) && !excluded.some(p => p.test(a.url)))
        .map(a => new Request(a.url, { integrity: a.hash, cache: 'no-cache' }));
    await caches.open(cacheName).then(cache => cache.addAll(requests));
}

async function onActivate() {
    const keys = await caches.keys();
    await Promise.all(keys.filter(k => k.startsWith('eventfly-') && k !== cacheName && k !== pagesCacheName).map(k => caches.delete(k)));
    await self.clients.claim();
}

function isNetworkOnly(url) {
    return url.origin !== self.location.origin || networkOnly.some(p => p.test(url.pathname));
}

async function onFetch(event) {
    const request = event.request;
    const url = new URL(request.url);
    if (request.method === 'POST' && url.pathname === '/account/logout') {
        await forgetAll();
        return fetch(request);
    }
    if (request.method === 'DELETE' && url.pathname === '/api/me') {
        // A deleted account's tickets and pages must not stay on the device.
        const response = await fetch(request);
        if (response.ok) await forgetAll();
        return response;
    }
    if (request.method !== 'GET' || isNetworkOnly(url)) return fetch(request);
    if (request.mode === 'navigate') return navigate(request);
    const cached = await caches.match(request, { cacheName });
    if (cached) return cached;
    const response = await fetch(request);
    if (response.ok && response.type === 'basic') {
        const copy = response.clone();
        event.waitUntil(caches.open(cacheName).then(cache => cache.put(request, copy)));
    }
    return response;
}

async function navigate(request) {
    try {
        const response = await fetch(request);
        if (response.ok && isPage(response)) {
            const copy = response.clone();
            await caches.open(pagesCacheName).then(cache => cache.put(pageKey(request.url), copy));
        }
        return response;
    } catch (offline) {
        // The page as last seen; any kept page is the app shell for the rest (the app routes by the address).
        const pages = await caches.open(pagesCacheName);
        const page = await pages.match(pageKey(request.url)) ?? await pages.match(pageKey('/')) ?? (await pages.matchAll())[0];
        if (page) return page;
        throw offline;
    }
}

function isPage(response) {
    return (response.headers.get('content-type') ?? '').startsWith('text/html') && !response.redirected;
}

function pageKey(url) {
    const u = new URL(url, self.location.origin);
    return new Request(u.origin + u.pathname + u.search);
}

async function onMessage(message) {
    if (message?.type === 'keep-page') await keepPage(message.url);
    else if (message?.type === 'skip-waiting') await self.skipWaiting();
}

// A page the app reached without a request (client-side navigation): fetch and keep it, with the assets it loads.
async function keepPage(address) {
    const url = new URL(address, self.location.origin);
    if (isNetworkOnly(url)) return;
    try {
        const response = await fetch(url.href, { credentials: 'same-origin', redirect: 'follow' });
        if (!response.ok || !isPage(response)) return;
        const html = await response.clone().text();
        await caches.open(pagesCacheName).then(cache => cache.put(pageKey(url.href), response));
        const assets = [...html.matchAll(/(?:src|href)="([^"]+\.(?:js|css|svg|webmanifest|png))"/g)].map(m => new URL(m[1], url.href))
            .filter(a => !isNetworkOnly(a));
        const cache = await caches.open(cacheName);
        for (const asset of assets) {
            if (!await cache.match(asset.href)) {
                const fetched = await fetch(asset.href);
                if (fetched.ok) await cache.put(asset.href, fetched);
            }
        }
    } catch {
        // Offline or the host is away: the page is kept on a later visit.
    }
}

async function forgetAll() {
    await caches.delete(pagesCacheName);
    try {
        await self.EventFlyOffline.clear();
    } catch {
        // Nothing kept yet.
    }
}
