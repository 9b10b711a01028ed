using System.Globalization;

namespace EventFly.Client.Localization;

/// <summary>
/// The languages the participant app speaks (the same codes as the account's language, Domain's <c>Languages</c>):
/// English is the neutral resource and the fallback, German a satellite.
/// </summary>
public static class AppLanguages
{
    public const string English = "en";
    public const string German = "de";

    /// <summary>The cookie the server reads when prerendering (ASP.NET Core's culture cookie, "c=de|uic=de").</summary>
    public const string CookieName = ".AspNetCore.Culture";

    public static IReadOnlyList<string> Supported { get; } = [English, German];

    /// <summary>A supported language for a culture name or header value ("de-AT" → "de"); null when none fits.</summary>
    public static string? Match(string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return null;
        var language = name.Trim().Split('-', '_')[0].ToLowerInvariant();
        return Supported.Contains(language, StringComparer.Ordinal) ? language : null;
    }

    /// <summary>Sets the culture of everything that runs after it (the app's start in the browser, a test).</summary>
    public static void Apply(string? language)
    {
        var culture = CultureInfo.GetCultureInfo(Match(language) ?? English);
        CultureInfo.DefaultThreadCurrentCulture = culture;
        CultureInfo.DefaultThreadCurrentUICulture = culture;
        CultureInfo.CurrentCulture = culture;
        CultureInfo.CurrentUICulture = culture;
    }

    /// <summary>The language the current thread formats and translates in.</summary>
    public static string Current => Match(CultureInfo.CurrentUICulture.Name) ?? English;

    public static bool IsGerman => Current == German;

    /// <summary>
    /// The culture numbers and dates are written in: German's, or the invariant one, whose "1,200" and English month
    /// names are how the English UI writes them.
    /// </summary>
    public static CultureInfo FormatCulture => IsGerman ? CultureInfo.GetCultureInfo(German) : CultureInfo.InvariantCulture;
}
