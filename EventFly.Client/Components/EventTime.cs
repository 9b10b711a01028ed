using System.Globalization;
using EventFly.Client.Localization;

namespace EventFly.Client.Components;

/// <summary>
/// Event times are shown in the event's own time zone, as the organizer announced them, in the reader's language:
/// "Thu 24 Dec 2026 19:00" or "24. Dez. 2026, 19:00".
/// </summary>
public static class EventTime
{
    public static DateTimeOffset Local(DateTimeOffset instant, string timeZone) =>
        TimeZoneInfo.ConvertTime(instant, TimeZoneInfo.TryFindSystemTimeZoneById(timeZone, out var zone) ? zone : TimeZoneInfo.Utc);

    /// <summary>"Thu 24 Dec · 19:00", "Do., 24. Dez. · 19:00" (cards).</summary>
    public static string Card(DateTimeOffset instant, string timeZone) => Format(Local(instant, timeZone), "ddd d MMM · HH:mm", "ddd, d. MMM · HH:mm");

    /// <summary>"Thu 24 Dec 2026 19:00", "24. Dez. 2026, 19:00".</summary>
    public static string Medium(DateTimeOffset instant, string timeZone) => Format(Local(instant, timeZone), "ddd d MMM yyyy HH:mm", "d. MMM yyyy, HH:mm");

    /// <summary>"Thursday 24 December 2026, 19:00", "Donnerstag, 24. Dezember 2026, 19:00".</summary>
    public static string Full(DateTimeOffset instant, string timeZone) => Format(Local(instant, timeZone), "dddd d MMMM yyyy, HH:mm", "dddd, d. MMMM yyyy, HH:mm");

    /// <summary>"19:00" in both languages.</summary>
    public static string Time(DateTimeOffset instant, string timeZone) => Local(instant, timeZone).ToString("HH:mm", CultureInfo.InvariantCulture);

    /// <summary>A local time in the English or the German pattern, whichever language the reader has.</summary>
    public static string Format(DateTimeOffset local, string english, string german) =>
        local.ToString(AppLanguages.IsGerman ? german : english, AppLanguages.FormatCulture);
}
