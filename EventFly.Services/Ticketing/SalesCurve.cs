using EventFly.Services.DemoData;

namespace EventFly.Services.Ticketing;

/// <summary>
/// When the demo history's orders were placed: a spike when sales open, a quiet middle and a rush as the event comes near,
/// mostly at lunch and in the evening of the event's time zone.
/// </summary>
internal static class SalesCurve
{
    /// <summary><paramref name="count"/> times from <paramref name="opens"/> to <paramref name="closes"/>, earliest first.</summary>
    public static IReadOnlyList<DateTimeOffset> Spread(
        DemoDice dice, int count, DateTimeOffset opens, DateTimeOffset closes, DateTimeOffset eventStarts, TimeZoneInfo zone)
    {
        var hours = new List<(DateTimeOffset Start, double Weight)>();
        for (var hour = opens; hour < closes; hour = hour.AddHours(1))
            hours.Add((hour, DayWeight((hour - opens).TotalDays, (eventStarts - hour).TotalDays) * HourWeight(TimeZoneInfo.ConvertTime(hour, zone).Hour)));
        var times = new List<DateTimeOffset>(count);
        for (var i = 0; i < count; i++)
        {
            var at = dice.PickWeighted(hours).AddSeconds(dice.Between(0, 3_599));
            times.Add(at < closes ? at : closes.AddSeconds(-dice.Between(1, 600)));
        }
        return [.. times.Order()];
    }

    /// <summary>The opening spike fades within two days; the rush grows over the last week or so before the event.</summary>
    private static double DayWeight(double daysSinceOpening, double daysUntilEvent) =>
        (10 * Math.Exp(-daysSinceOpening / 1.2)) + 0.6 + (7 * Math.Exp(-daysUntilEvent / 3.5));

    private static double HourWeight(int localHour) => localHour switch
    {
        < 7 => 0.05,
        < 9 => 0.4,
        < 12 => 0.8,
        < 14 => 1.3,
        < 18 => 0.8,
        < 23 => 1.6,
        _ => 0.3,
    };
}
