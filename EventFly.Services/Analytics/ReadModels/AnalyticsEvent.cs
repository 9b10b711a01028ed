namespace EventFly.Services.Analytics.ReadModels;

/// <summary>What Analytics knows of an event: its organization (for rolling up), its currency and when it was published or cancelled.</summary>
internal sealed class AnalyticsEvent(Guid eventId, Guid organizationId)
{
    public Guid EventId { get; private set; } = eventId;

    public Guid OrganizationId { get; private set; } = organizationId;

    /// <summary>The currency of its first confirmed order (an event sells in one currency).</summary>
    public string? Currency { get; set; }

    public DateTimeOffset? PublishedAt { get; set; }

    public DateTimeOffset? CancelledAt { get; set; }
}
