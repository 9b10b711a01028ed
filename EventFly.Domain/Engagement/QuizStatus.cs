namespace EventFly.Domain.Engagement;

/// <summary>Draft (editable), Running (the host opens questions one by one), Finished (the podium stands).</summary>
public enum QuizStatus
{
    Draft,
    Running,
    Finished,
}
