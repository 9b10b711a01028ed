using EventFly.Domain.Common;

namespace EventFly.Domain.Engagement;

/// <summary>
/// One player's answer to one quiz question, scored when given (server clock). (question, user) is unique, so a second
/// answer is refused by the database even when two arrive at once.
/// </summary>
public sealed class QuizAnswer : Entity<Guid>
{
    private QuizAnswer()
    {
    }

    internal QuizAnswer(Guid quizId, Guid questionId, Guid userId, int optionIndex, TimeSpan elapsed, QuizScore score, DateTimeOffset answeredAt)
    {
        Id = Guid.CreateVersion7(answeredAt);
        QuizId = quizId;
        QuestionId = questionId;
        UserId = userId;
        OptionIndex = optionIndex;
        Elapsed = elapsed;
        Correct = score.Correct;
        Points = score.Points;
        Bonus = score.Bonus;
        Streak = score.Streak;
        AnsweredAt = answeredAt;
    }

    public Guid QuizId { get; private set; }

    public Guid QuestionId { get; private set; }

    public Guid UserId { get; private set; }

    public int OptionIndex { get; private set; }

    /// <summary>Time from the question's opening to the answer, on the server clock.</summary>
    public TimeSpan Elapsed { get; private set; }

    public bool Correct { get; private set; }

    /// <summary>Everything the answer earned: base points plus <see cref="Bonus"/>.</summary>
    public int Points { get; private set; }

    /// <summary>The streak bonus within <see cref="Points"/>.</summary>
    public int Bonus { get; private set; }

    /// <summary>Consecutive correct answers up to and including this one; what the next question's answer starts from.</summary>
    public int Streak { get; private set; }

    public DateTimeOffset AnsweredAt { get; private set; }
}
