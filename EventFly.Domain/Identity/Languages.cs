namespace EventFly.Domain.Identity;

/// <summary>
/// The languages EventFly speaks to people in (e-mails, notifications, later the apps): ISO 639-1 codes. An account
/// without a chosen language gets <see cref="Default"/>.
/// </summary>
public static class Languages
{
    public const string Default = "en";

    public static IReadOnlyList<string> Supported { get; } = ["en", "de"];

    public static bool IsSupported(string language) => Supported.Contains(language, StringComparer.Ordinal);
}
