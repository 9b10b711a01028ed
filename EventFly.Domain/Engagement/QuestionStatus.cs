namespace EventFly.Domain.Engagement;

/// <summary>Where an audience question stands: Pending (awaits a moderator), Visible, Answered, Hidden (by a moderator).</summary>
public enum QuestionStatus
{
    Pending,
    Visible,
    Answered,
    Hidden,
}
