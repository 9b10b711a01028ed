using System.Security.Cryptography;

namespace EventFly.Web.Infrastructure;

/// <summary>
/// The response headers a security review expects, on every response: <c>X-Content-Type-Options: nosniff</c>, a
/// <c>Referrer-Policy</c> that sends only the origin to other sites, and a Content-Security-Policy that lets the
/// pages run Blazor Server and WebAssembly (<c>'wasm-unsafe-eval'</c>) with no inline script but the import map, which
/// carries this response's nonce (<see cref="Nonce"/>). Inline styles stay allowed: MudBlazor sets style attributes.
/// HSTS comes from <c>UseHsts</c> outside Development.
/// </summary>
internal static class SecurityHeaders
{
    private const string NonceKey = "csp-nonce";

    /// <summary>This response's script nonce, for the page's import map.</summary>
    public static string Nonce(HttpContext http) => http.Items[NonceKey] as string ?? "";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use((http, next) =>
    {
        // Hex, not base64: the page writes the nonce through Razor's HTML encoder, which would turn '+' into "&#x2B;".
        var nonce = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        http.Items[NonceKey] = nonce;
        http.Response.OnStarting(() =>
        {
            var headers = http.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            headers.XFrameOptions = "DENY";
            headers.ContentSecurityPolicy =
                "default-src 'self'; " +
                $"script-src 'self' 'wasm-unsafe-eval' 'nonce-{nonce}'; " +
                "style-src 'self' 'unsafe-inline'; " +
                "img-src 'self' data: blob:; " +
                "font-src 'self' data:; " +
                "connect-src 'self'; " +
                "worker-src 'self'; " +
                "manifest-src 'self'; " +
                "object-src 'none'; " +
                "base-uri 'self'; " +
                "frame-ancestors 'none'";
            return Task.CompletedTask;
        });
        return next(http);
    });
}
