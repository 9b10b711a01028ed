// Registers the app's service worker (offline app shell). A file, not an inline script: the Content-Security-Policy
// allows no inline script but the nonce'd import map.
if ('serviceWorker' in navigator) {
    navigator.serviceWorker.register('service-worker.js');
}
