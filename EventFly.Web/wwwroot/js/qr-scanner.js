// Scans QR codes with the device camera through the browser's BarcodeDetector (Chrome, Edge, Android, Safari 17+).
// Where it is missing, the check-in page says so and staff type the code instead.
let stream = null;
let timer = null;

export function isSupported() {
    return 'BarcodeDetector' in window && !!navigator.mediaDevices?.getUserMedia;
}

export async function start(video, dotnet) {
    stop();
    const detector = new BarcodeDetector({ formats: ['qr_code'] });
    stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' } });
    video.srcObject = stream;
    await video.play();
    let last = '';
    let lastAt = 0;
    timer = setInterval(async () => {
        if (video.readyState < 2) return;
        try {
            const codes = await detector.detect(video);
            const value = codes[0]?.rawValue;
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
