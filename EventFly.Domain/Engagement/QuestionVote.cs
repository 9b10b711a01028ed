namespace EventFly.Domain.Engagement;

/// <summary>
/// One participant's upvote of a question; (question, user) is the key, so each person votes once. Withdrawing deletes
/// the row (and the service lowers the count in the same statement); it is allowed whatever the question's state.
/// </summary>
public sealed class QuestionVote
{
    private QuestionVote()
    {
    }

    internal QuestionVote(Guid questionId, Guid userId, DateTimeOffset at)
    {
        QuestionId = questionId;
        UserId = userId;
        At = at;
    }

    public Guid QuestionId { get; private set; }

    public Guid UserId { get; private set; }

    public DateTimeOffset At { get; private set; }
}
