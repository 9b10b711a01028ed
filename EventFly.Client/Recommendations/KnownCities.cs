namespace EventFly.Client.Recommendations;

/// <summary>
/// Major European cities with their centres, built in because no geocoding service is reachable: enough to place a
/// participant for "near you" without asking the browser where they are.
/// </summary>
public static class KnownCities
{
    public static IReadOnlyList<KnownCity> All { get; } =
    [
        City("Amsterdam", "Netherlands", 52.3676, 4.9041),
        City("Athens", "Greece", 37.9838, 23.7275, "Athina"),
        City("Barcelona", "Spain", 41.3874, 2.1686),
        City("Berlin", "Germany", 52.5200, 13.4050),
        City("Bratislava", "Slovakia", 48.1486, 17.1077),
        City("Brussels", "Belgium", 50.8503, 4.3517, "Bruxelles", "Brussel"),
        City("Bucharest", "Romania", 44.4268, 26.1025, "Bucuresti"),
        City("Budapest", "Hungary", 47.4979, 19.0402),
        City("Cologne", "Germany", 50.9375, 6.9603, "Köln", "Koeln"),
        City("Copenhagen", "Denmark", 55.6761, 12.5683, "København"),
        City("Dresden", "Germany", 51.0504, 13.7373),
        City("Dublin", "Ireland", 53.3498, -6.2603),
        City("Edinburgh", "United Kingdom", 55.9533, -3.1883),
        City("Frankfurt", "Germany", 50.1109, 8.6821),
        City("Geneva", "Switzerland", 46.2044, 6.1432, "Genève", "Genf"),
        City("Hamburg", "Germany", 53.5511, 9.9937),
        City("Helsinki", "Finland", 60.1699, 24.9384),
        City("Kraków", "Poland", 50.0647, 19.9450, "Krakow", "Cracow"),
        City("Leipzig", "Germany", 51.3397, 12.3731),
        City("Lisbon", "Portugal", 38.7223, -9.1393, "Lisboa"),
        City("Ljubljana", "Slovenia", 46.0569, 14.5058),
        City("London", "United Kingdom", 51.5072, -0.1276),
        City("Lyon", "France", 45.7640, 4.8357),
        City("Madrid", "Spain", 40.4168, -3.7038),
        City("Manchester", "United Kingdom", 53.4808, -2.2426),
        City("Marseille", "France", 43.2965, 5.3698),
        City("Milan", "Italy", 45.4642, 9.1900, "Milano"),
        City("Munich", "Germany", 48.1351, 11.5820, "München", "Muenchen"),
        City("Naples", "Italy", 40.8518, 14.2681, "Napoli"),
        City("Oslo", "Norway", 59.9139, 10.7522),
        City("Paris", "France", 48.8566, 2.3522),
        City("Porto", "Portugal", 41.1579, -8.6291),
        City("Prague", "Czechia", 50.0755, 14.4378, "Praha", "Prag"),
        City("Riga", "Latvia", 56.9496, 24.1052),
        City("Rome", "Italy", 41.9028, 12.4964, "Roma", "Rom"),
        City("Rotterdam", "Netherlands", 51.9244, 4.4777),
        City("Seville", "Spain", 37.3891, -5.9845, "Sevilla"),
        City("Sofia", "Bulgaria", 42.6977, 23.3219),
        City("Stockholm", "Sweden", 59.3293, 18.0686),
        City("Tallinn", "Estonia", 59.4370, 24.7536),
        City("Turin", "Italy", 45.0703, 7.6869, "Torino"),
        City("Valencia", "Spain", 39.4699, -0.3763),
        City("Vienna", "Austria", 48.2082, 16.3738, "Wien"),
        City("Vilnius", "Lithuania", 54.6872, 25.2797),
        City("Warsaw", "Poland", 52.2297, 21.0122, "Warszawa", "Warschau"),
        City("Zagreb", "Croatia", 45.8150, 15.9819),
        City("Zurich", "Switzerland", 47.3769, 8.5417, "Zürich"),
    ];

    /// <summary>The cities whose name, local name or country contains the text, those starting with it first; all for no text.</summary>
    public static IEnumerable<KnownCity> Search(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return All;
        var typed = text.Trim();
        return All.Where(c => c.Matches(typed))
            .OrderByDescending(c => c.Name.StartsWith(typed, StringComparison.OrdinalIgnoreCase) || c.OtherNames.Any(n => n.StartsWith(typed, StringComparison.OrdinalIgnoreCase)))
            .ThenBy(c => c.Name, StringComparer.Ordinal);
    }

    /// <summary>The city by its name (or a local name), as a profile stores it; null when it is not one of these.</summary>
    public static KnownCity? Named(string? name) =>
        string.IsNullOrWhiteSpace(name) ? null
        : All.FirstOrDefault(c => string.Equals(c.Name, name.Trim(), StringComparison.OrdinalIgnoreCase)
                                  || c.OtherNames.Any(n => string.Equals(n, name.Trim(), StringComparison.OrdinalIgnoreCase)));

    /// <summary>The known city closest to a position when it is within <paramref name="withinKm"/>, else null.</summary>
    public static KnownCity? Nearest(double latitude, double longitude, double withinKm = 50)
    {
        var (city, km) = All.Select(c => (City: c, Km: DistanceKm(latitude, longitude, c.Latitude, c.Longitude))).MinBy(x => x.Km);
        return km <= withinKm ? city : null;
    }

    /// <summary>Great-circle distance (haversine) in kilometres.</summary>
    internal static double DistanceKm(double lat1, double lng1, double lat2, double lng2)
    {
        const double earthRadiusKm = 6371;
        static double Rad(double degrees) => degrees * Math.PI / 180;
        var dLat = Rad(lat2 - lat1);
        var dLng = Rad(lng2 - lng1);
        var a = (Math.Sin(dLat / 2) * Math.Sin(dLat / 2)) + (Math.Cos(Rad(lat1)) * Math.Cos(Rad(lat2)) * Math.Sin(dLng / 2) * Math.Sin(dLng / 2));
        return earthRadiusKm * 2 * Math.Atan2(Math.Sqrt(a), Math.Sqrt(1 - a));
    }

    private static KnownCity City(string name, string country, double latitude, double longitude, params string[] otherNames) =>
        new(name, country, latitude, longitude, otherNames);
}
