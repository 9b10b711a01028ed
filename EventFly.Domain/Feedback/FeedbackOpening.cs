namespace EventFly.Domain.Feedback;

/// <summary>When an event's feedback window opens: at its start (the default) or, by the organizer's choice, at its end.</summary>
public enum FeedbackOpening
{
    AtStart,
    AtEnd,
}
