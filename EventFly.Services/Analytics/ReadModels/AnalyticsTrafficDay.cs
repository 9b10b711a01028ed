namespace EventFly.Services.Analytics.ReadModels;

/// <summary>
/// One event's UTC day of page views and checkout starts. Analytics is their only record (nothing else stores them),
/// so a rebuild keeps these rows.
/// </summary>
internal sealed class AnalyticsTrafficDay(Guid eventId, DateOnly day)
{
    public Guid EventId { get; private set; } = eventId;

    public DateOnly Day { get; private set; } = day;

    public int PageViews { get; set; }

    public int CheckoutsStarted { get; set; }

    public int Version { get; set; }
}
