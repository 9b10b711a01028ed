// Scans QR codes with the device camera: the browser's BarcodeDetector where present (Chrome on Android, macOS and
// ChromeOS, Safari 17+), otherwise jsQR 1.4.0 (npm, Apache-2.0, vendored in ./vendor; update with `npm pack jsqr`).
let stream = null;
let timer = null;

export function isSupported() {
    return !!navigator.mediaDevices?.getUserMedia;
}

export async function start(video, dotnet) {
    stop();
    const detect = await detector();
    stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' } });
    video.srcObject = stream;
    await video.play();
    let last = '';
    let lastAt = 0;
    timer = setInterval(async () => {
        if (video.readyState < 2) return;
        try {
            const value = await detect(video);
            // The same code held in front of the camera is reported once every 3 seconds, not 5 times a second.
            if (value && (value !== last || Date.now() - lastAt > 3000)) {
                last = value;
                lastAt = Date.now();
                await dotnet.invokeMethodAsync('OnScanned', value);
            }
        } catch (e) {
            console.warn('QR detection failed', e);
        }
    }, 200);
}

export function stop() {
    if (timer) clearInterval(timer);
    timer = null;
    stream?.getTracks().forEach(t => t.stop());
    stream = null;
}

async function detector() {
    if ('BarcodeDetector' in window) {
        const native = new BarcodeDetector({ formats: ['qr_code'] });
        return async video => (await native.detect(video))[0]?.rawValue;
    }
    await loadScript('/js/vendor/jsQR.js');
    const canvas = document.createElement('canvas');
    const context = canvas.getContext('2d', { willReadFrequently: true });
    return video => {
        canvas.width = video.videoWidth;
        canvas.height = video.videoHeight;
        context.drawImage(video, 0, 0, canvas.width, canvas.height);
        const image = context.getImageData(0, 0, canvas.width, canvas.height);
        return window.jsQR(image.data, image.width, image.height, { inversionAttempts: 'dontInvert' })?.data;
    };
}

function loadScript(src) {
    if (window.jsQR) return Promise.resolve();
    return new Promise((resolve, reject) => {
        const script = document.createElement('script');
        script.src = src;
        script.onload = resolve;
        script.onerror = () => reject(new Error(`Could not load ${src}`));
        document.head.appendChild(script);
    });
}
