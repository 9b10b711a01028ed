// Registers the app's service worker (offline app shell) and announces a new version instead of letting it take over
// silently: a worker that installed while another controls the page waits; "Reload" tells it to take over, and the
// page reloads once it has. A file, not an inline script: the Content-Security-Policy allows no inline script but the
// nonce'd import map.
(function () {
    if (!('serviceWorker' in navigator)) return;
    let reloading = false;
    // The page's language is <html lang> (the server's choice, ADR 0033); this script is plain JS, so its two texts live here.
    const german = document.documentElement.lang?.toLowerCase().startsWith('de');

    function showPrompt(registration) {
        if (document.getElementById('update-prompt')) return;
        const prompt = document.createElement('div');
        prompt.id = 'update-prompt';
        prompt.className = 'update-prompt';
        prompt.setAttribute('role', 'status');
        prompt.setAttribute('data-testid', 'update-prompt');
        const text = document.createElement('span');
        text.textContent = german ? 'Eine neue Version ist da' : 'A new version is available';
        const button = document.createElement('button');
        button.type = 'button';
        button.textContent = german ? 'Neu laden' : 'Reload';
        button.setAttribute('data-testid', 'update-reload');
        button.addEventListener('click', () => {
            button.disabled = true;
            if (registration.waiting) registration.waiting.postMessage({ type: 'skip-waiting' });
            else window.location.reload();
        });
        prompt.append(text, button);
        document.body.append(prompt);
    }

    function watch(registration) {
        // Only an update: the very first worker has no page to replace.
        const installed = worker => worker?.addEventListener('statechange', () => {
            if (worker.state === 'installed' && navigator.serviceWorker.controller) showPrompt(registration);
        });
        if (registration.waiting && navigator.serviceWorker.controller) showPrompt(registration);
        installed(registration.installing);
        registration.addEventListener('updatefound', () => installed(registration.installing));
    }

    navigator.serviceWorker.addEventListener('controllerchange', () => {
        if (!reloading && document.getElementById('update-prompt')) {
            reloading = true;
            window.location.reload();
        }
    });
    // Registered once; later loads only ask the registration for an update of the script it has.
    navigator.serviceWorker.getRegistration().then(async existing => {
        const registration = existing ?? await navigator.serviceWorker.register('service-worker.js');
        watch(registration);
        if (existing) await existing.update().catch(() => { });
    });
})();
