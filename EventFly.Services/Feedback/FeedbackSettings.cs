using EventFly.Domain.Feedback;

namespace EventFly.Services.Feedback;

/// <summary>An event's feedback settings, owned by Feedback; an event without a row opens its window at its start.</summary>
internal sealed class FeedbackSettings
{
    private FeedbackSettings()
    {
    }

    public FeedbackSettings(Guid eventId, FeedbackOpening opening)
    {
        EventId = eventId;
        Opening = opening;
    }

    public Guid EventId { get; private set; }

    public FeedbackOpening Opening { get; set; }
}
