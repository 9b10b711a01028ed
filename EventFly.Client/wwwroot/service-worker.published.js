// Caches the WebAssembly app's static assets (listed in service-worker-assets.js at publish) so the participant
// app starts fast and offline. Pages and the API always go to the network: they carry sign-in state and live data.
self.importScripts('./service-worker-assets.js');
self.addEventListener('install', event => event.waitUntil(onInstall()));
self.addEventListener('activate', event => event.waitUntil(onActivate()));
self.addEventListener('fetch', event => event.respondWith(onFetch(event)));

const cacheNamePrefix = 'eventfly-cache-';
const cacheName = `${cacheNamePrefix}${self.assetsManifest.version}`;
const included = [/\.dll$/, /\.pdb$/, /\.wasm/, /\.dat$/, /\.js$/, /\.json$/, /\.css$/, /\.woff2?$/, /\.png$/, /\.jpe?g$/, /\.svg$/, /\.webmanifest$/];
const excluded = [/^service-worker\.js$/];

async function onInstall() {
    const requests = self.assetsManifest.assets
        .filter(a => included.some(p => p.test(a.url)) && !excluded.some(p => p.test(a.url)))
        .map(a => new Request(a.url, { integrity: a.hash, cache: 'no-cache' }));
    await caches.open(cacheName).then(cache => cache.addAll(requests));
    self.skipWaiting();
}

async function onActivate() {
    const keys = await caches.keys();
    await Promise.all(keys.filter(k => k.startsWith(cacheNamePrefix) && k !== cacheName).map(k => caches.delete(k)));
    await self.clients.claim();
}

async function onFetch(event) {
    if (event.request.method === 'GET' && event.request.mode !== 'navigate') {
        const cached = await caches.open(cacheName).then(cache => cache.match(event.request));
        if (cached) return cached;
    }
    return fetch(event.request);
}
