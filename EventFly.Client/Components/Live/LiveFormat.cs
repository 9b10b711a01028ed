using EventFly.Client.Localization;

namespace EventFly.Client.Components.Live;

/// <summary>Points and counts in the live components as the reader writes numbers: "1,200" in English, "1.200" in German.</summary>
public static class LiveFormat
{
    public static string Number(int value) =>
        value.ToString("N0", AppLanguages.FormatCulture);
}
