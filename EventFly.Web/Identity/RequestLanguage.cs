using EventFly.Client.Localization;
using EventFly.Services.Identity.Contracts;
using Microsoft.AspNetCore.Localization;

namespace EventFly.Web.Identity;

/// <summary>
/// The language a page is prerendered in, so WebAssembly starts in the same one (it reads <c>&lt;html lang&gt;</c>): the
/// signed-in account's language, else the device's culture cookie, else the browser's Accept-Language, else English.
/// </summary>
internal static class RequestLanguage
{
    public static IApplicationBuilder UseRequestLanguage(this IApplicationBuilder app) => app.UseRequestLocalization(options =>
    {
        options.SetDefaultCulture(AppLanguages.English).AddSupportedCultures([.. AppLanguages.Supported]).AddSupportedUICultures([.. AppLanguages.Supported]);
        options.ApplyCurrentCultureToResponseHeaders = true;
        options.RequestCultureProviders =
        [
            new AccountLanguageProvider(),
            new CookieRequestCultureProvider { CookieName = AppLanguages.CookieName },
            new AcceptLanguageHeaderRequestCultureProvider(),
        ];
    });

    /// <summary>The account's chosen language; looked up only for pages (not the API, hubs or files) of signed-in users.</summary>
    private sealed class AccountLanguageProvider : RequestCultureProvider
    {
        public override async Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext)
        {
            var path = httpContext.Request.Path;
            if (httpContext.User.FindUserId() is not { } userId || path.StartsWithSegments("/api") || path.StartsWithSegments("/hubs")
                || path.StartsWithSegments("/_framework") || path.StartsWithSegments("/_content") || Path.HasExtension(path.Value))
                return null;
            var profiles = httpContext.RequestServices.GetRequiredService<IProfileService>();
            var language = (await profiles.GetProfileAsync(userId, httpContext.RequestAborted))?.Language;
            return AppLanguages.Match(language) is { } match ? new ProviderCultureResult(match) : null;
        }
    }
}
