namespace EventFly.Domain.Engagement;

/// <summary>The current question of a running quiz: Open (answers taken within its time limit) or Revealed (correct option shown).</summary>
public enum QuizQuestionState
{
    Open,
    Revealed,
}
