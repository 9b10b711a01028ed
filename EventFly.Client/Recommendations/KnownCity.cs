namespace EventFly.Client.Recommendations;

/// <summary>A city the app can place without a geocoding service: its English name, country, centre, and local names.</summary>
public sealed record KnownCity(string Name, string Country, double Latitude, double Longitude, IReadOnlyList<string> OtherNames)
{
    public string Label => $"{Name}, {Country}";

    /// <summary>Whether the typed text is part of its name, a local name or the country (case and accents ignored).</summary>
    public bool Matches(string text) =>
        Contains(Name, text) || Contains(Country, text) || OtherNames.Any(n => Contains(n, text));

    private static bool Contains(string value, string text) =>
        System.Globalization.CultureInfo.InvariantCulture.CompareInfo.IndexOf(value, text,
            System.Globalization.CompareOptions.IgnoreCase | System.Globalization.CompareOptions.IgnoreNonSpace) >= 0;
}
