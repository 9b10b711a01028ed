namespace EventFly.Client.Components;

/// <summary>Event times are shown in the event's own time zone, as the organizer announced them.</summary>
public static class EventTime
{
    public static DateTimeOffset Local(DateTimeOffset instant, string timeZone) =>
        TimeZoneInfo.ConvertTime(instant, TimeZoneInfo.TryFindSystemTimeZoneById(timeZone, out var zone) ? zone : TimeZoneInfo.Utc);
}
