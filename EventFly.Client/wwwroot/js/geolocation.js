// The browser's position, asked only when the participant clicks "Use my location". Always resolves: a position, or
// why there is none (denied, unavailable, timeout, unsupported), so the app never sees an exception for a refusal.
export function getPosition(timeoutMs) {
    return new Promise(resolve => {
        if (!('geolocation' in navigator)) {
            resolve({ error: 'unsupported' });
            return;
        }
        navigator.geolocation.getCurrentPosition(
            p => resolve({ latitude: p.coords.latitude, longitude: p.coords.longitude }),
            e => resolve({ error: e.code === 1 ? 'denied' : e.code === 3 ? 'timeout' : 'unavailable' }),
            { enableHighAccuracy: false, timeout: timeoutMs, maximumAge: 10 * 60 * 1000 });
    });
}
