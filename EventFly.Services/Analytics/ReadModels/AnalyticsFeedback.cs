namespace EventFly.Services.Analytics.ReadModels;

/// <summary>A person's rating of an event: the latest submission wins, whatever order submissions arrive in.</summary>
internal sealed class AnalyticsFeedback(Guid feedbackId, Guid eventId)
{
    public Guid FeedbackId { get; private set; } = feedbackId;

    public Guid EventId { get; private set; } = eventId;

    public int Rating { get; set; }

    /// <summary>The first submission.</summary>
    public DateTimeOffset SubmittedAt { get; set; }

    /// <summary>The submission <see cref="Rating"/> comes from.</summary>
    public DateTimeOffset RatedAt { get; set; }
}
