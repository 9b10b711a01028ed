// Starts Blazor (blazor.web.js is loaded with autostart="false") in the language the server prerendered the page in
// (<html lang>), so WebAssembly picks the ICU data and the satellite resources for it and never flips the language
// after load. A file, not an inline script: the Content-Security-Policy allows no inline script.
Blazor.start({ webAssembly: { applicationCulture: document.documentElement.lang || 'en' } });

// A guest's choice (js/culture.js) survives a cleared cookie: put the cookie back, so the next page is prerendered in it.
try {
    const language = localStorage.getItem('eventfly.language');
    if (language && !document.cookie.split('; ').some(c => c.startsWith('.AspNetCore.Culture='))) {
        document.cookie = `.AspNetCore.Culture=${encodeURIComponent(`c=${language}|uic=${language}`)}; path=/; max-age=31536000; samesite=lax`;
    }
} catch { /* no storage: nothing to restore */ }
