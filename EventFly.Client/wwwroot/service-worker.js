// Development: no caching, so every rebuild is seen at once. The published worker caches the app shell.
self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', event => event.waitUntil(self.clients.claim()));
self.addEventListener('fetch', () => { });
