using EventFly.Domain.Engagement;
using EventFly.Services.Engagement.Contracts;
using EventFly.Services.Identity.Contracts;

namespace EventFly.Services.Engagement;

/// <summary>Names of people for Engagement's views, and its states as its callers see them (ADR 0015).</summary>
internal sealed class EngagementViews(IProfileService accounts)
{
    /// <summary>Display names only: the audience never sees each other's e-mail addresses.</summary>
    public async Task<IReadOnlyDictionary<Guid, string?>> NamesAsync(IEnumerable<Guid> userIds, CancellationToken cancellationToken)
    {
        var ids = userIds.Where(id => id != Guid.Empty).Distinct().ToList();
        if (ids.Count == 0) return new Dictionary<Guid, string?>();
        return (await accounts.GetAccountsAsync(ids, cancellationToken)).ToDictionary(a => a.Id, a => a.DisplayName);
    }

    public static QuestionState StateOf(QuestionStatus status) => status switch
    {
        QuestionStatus.Pending => QuestionState.Pending,
        QuestionStatus.Visible => QuestionState.Visible,
        QuestionStatus.Answered => QuestionState.Answered,
        QuestionStatus.Hidden => QuestionState.Hidden,
    };

    /// <summary>An open poll past its close time is closed for its callers before the job closes it.</summary>
    public static PollState StateOf(Poll poll, DateTimeOffset now) => poll.Status switch
    {
        PollStatus.Draft => PollState.Draft,
        PollStatus.Open => poll.IsClosed(now) ? PollState.Closed : PollState.Open,
        PollStatus.Closed => PollState.Closed,
    };

    public static PollResultsVisibility VisibilityOf(ResultsVisibility visibility) => visibility switch
    {
        ResultsVisibility.Live => PollResultsVisibility.Live,
        ResultsVisibility.AfterClose => PollResultsVisibility.AfterClose,
    };

    public static ResultsVisibility VisibilityOf(PollResultsVisibility visibility) => visibility switch
    {
        PollResultsVisibility.Live => ResultsVisibility.Live,
        PollResultsVisibility.AfterClose => ResultsVisibility.AfterClose,
    };

    public static QuizState StateOf(QuizStatus status) => status switch
    {
        QuizStatus.Draft => QuizState.Draft,
        QuizStatus.Running => QuizState.Running,
        QuizStatus.Finished => QuizState.Finished,
    };

    public static QuizQuestionPhase PhaseOf(QuizQuestionState state) => state switch
    {
        QuizQuestionState.Open => QuizQuestionPhase.Open,
        QuizQuestionState.Revealed => QuizQuestionPhase.Revealed,
    };
}
