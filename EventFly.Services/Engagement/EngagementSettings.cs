namespace EventFly.Services.Engagement;

/// <summary>An event's live-channel settings; an event without a row has the defaults (Q&amp;A moderation off).</summary>
internal sealed class EngagementSettings
{
    private EngagementSettings()
    {
    }

    public EngagementSettings(Guid eventId, bool qaModerationOn)
    {
        EventId = eventId;
        QaModerationOn = qaModerationOn;
    }

    public Guid EventId { get; private set; }

    public bool QaModerationOn { get; set; }
}
