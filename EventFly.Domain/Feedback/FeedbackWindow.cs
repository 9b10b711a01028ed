namespace EventFly.Domain.Feedback;

/// <summary>
/// When an event takes feedback: from its start (or its end, as its organizer chose) until <see cref="OpenFor"/> after
/// its end. A cancelled event takes none.
/// </summary>
public sealed record FeedbackWindow(DateTimeOffset OpensAt, DateTimeOffset ClosesAt, bool Cancelled = false)
{
    /// <summary>How long after the event's end feedback is still taken.</summary>
    public static readonly TimeSpan OpenFor = TimeSpan.FromDays(30);

    public static FeedbackWindow For(DateTimeOffset startsAt, DateTimeOffset endsAt, FeedbackOpening opening, bool cancelled = false) =>
        new(opening == FeedbackOpening.AtEnd ? endsAt : startsAt, endsAt + OpenFor, cancelled);

    /// <summary>Open from <see cref="OpensAt"/> (inclusive) to <see cref="ClosesAt"/> (exclusive).</summary>
    public bool IsOpen(DateTimeOffset now) => !Cancelled && now >= OpensAt && now < ClosesAt;

    /// <summary>Throws 409 <c>feedback_closed</c> outside the window.</summary>
    public void EnsureOpen(DateTimeOffset now)
    {
        if (Cancelled) throw new Common.DomainException(FeedbackErrors.FeedbackClosed, "This event was cancelled; it takes no feedback.");
        if (now < OpensAt) throw new Common.DomainException(FeedbackErrors.FeedbackClosed, "Feedback opens when the event starts (or ends, as its organizer chose).");
        if (now >= ClosesAt) throw new Common.DomainException(FeedbackErrors.FeedbackClosed, "Feedback for this event has closed.");
    }
}
