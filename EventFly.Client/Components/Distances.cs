using System.Globalization;

namespace EventFly.Client.Components;

/// <summary>
/// How distances read on the participant's pages: one decimal under 10 km ("1.9 km"), whole kilometres from there
/// ("2,075 km"), as the server's recommendation reasons say them.
/// </summary>
public static class Distances
{
    public static string Format(double km) =>
        km.ToString(km < 10 ? "0.#" : "N0", CultureInfo.InvariantCulture) + " km";
}
