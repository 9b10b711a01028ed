// Remembers the chosen language on this device: the culture cookie the server prerenders with (a year), and
// localStorage for guests; the account keeps its own copy (profile language).
export function remember(language) {
    const value = encodeURIComponent(`c=${language}|uic=${language}`);
    document.cookie = `.AspNetCore.Culture=${value}; path=/; max-age=31536000; samesite=lax`;
    try { localStorage.setItem('eventfly.language', language); } catch { /* private mode: the cookie is enough */ }
}
