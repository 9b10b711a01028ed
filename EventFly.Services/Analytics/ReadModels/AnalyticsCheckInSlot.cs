namespace EventFly.Services.Analytics.ReadModels;

/// <summary>Check-ins of an event in the quarter hour (UTC) from <see cref="Start"/>; every time zone's offset is whole quarter hours.</summary>
internal sealed class AnalyticsCheckInSlot(Guid eventId, DateTimeOffset start)
{
    public static readonly TimeSpan Length = TimeSpan.FromMinutes(15);

    public Guid EventId { get; private set; } = eventId;

    public DateTimeOffset Start { get; private set; } = start;

    public int CheckIns { get; set; }

    public int Version { get; set; }

    public static DateTimeOffset StartOf(DateTimeOffset at) => new(at.UtcTicks - at.UtcTicks % Length.Ticks, TimeSpan.Zero);
}
