using EventFly.Client.Contracts;

namespace EventFly.Client.Api;

/// <summary>
/// An event's live channel over REST (docs/api.md, "Live engagement"): the feed, Q&amp;A, polls and quizzes. Reads give the
/// current state (after a reconnect too); writes go here, and the hub (<see cref="ILiveChannel"/>) pushes what changed.
/// </summary>
public interface ILiveApi
{
    /// <summary>The posts (pinned first, then newest) with the event's polls and quizzes; fails with <c>not_a_participant</c> for others.</summary>
    Task<ApiResult<FeedResponse>> GetFeedAsync(Guid eventId, int page = 1, int pageSize = PagedQuery.DefaultPageSize, CancellationToken cancellationToken = default);

    Task<ApiResult<PostResponse>> GetPostAsync(Guid postId, CancellationToken cancellationToken = default);

    /// <summary>Oldest first.</summary>
    Task<ApiResult<PagedResponse<CommentResponse>>> GetCommentsAsync(Guid postId, int page = 1, int pageSize = 50, CancellationToken cancellationToken = default);

    Task<ApiResult<CommentResponse>> AddCommentAsync(Guid postId, CommentRequest request, CancellationToken cancellationToken = default);

    /// <summary>Adds the caller's reaction of <paramref name="kind"/> (<see cref="ReactionKinds"/>); again changes nothing.</summary>
    Task<ApiResult<PostReactionsResponse>> ReactAsync(Guid postId, string kind, CancellationToken cancellationToken = default);

    Task<ApiResult<PostReactionsResponse>> UnreactAsync(Guid postId, string kind, CancellationToken cancellationToken = default);

    /// <param name="sort"><c>votes</c> or <c>newest</c>.</param>
    Task<ApiResult<PagedResponse<QuestionResponse>>> GetQuestionsAsync(Guid eventId, string sort = "votes", int page = 1, int pageSize = 100,
        CancellationToken cancellationToken = default);

    Task<ApiResult<QaSettingsResponse>> GetQaSettingsAsync(Guid eventId, CancellationToken cancellationToken = default);

    Task<ApiResult<QuestionResponse>> AskAsync(Guid eventId, QuestionRequest request, CancellationToken cancellationToken = default);

    Task<ApiResult<QuestionResponse>> UpvoteAsync(Guid questionId, CancellationToken cancellationToken = default);

    Task<ApiResult<QuestionResponse>> WithdrawUpvoteAsync(Guid questionId, CancellationToken cancellationToken = default);

    Task<ApiResult<PollResponse>> GetPollAsync(Guid pollId, CancellationToken cancellationToken = default);

    Task<ApiResult<PollResultsResponse>> GetPollResultsAsync(Guid pollId, CancellationToken cancellationToken = default);

    /// <summary>The caller's one ballot: <c>already_voted</c>, <c>poll_closed</c> and <c>invalid_choice</c> come back as friendly messages.</summary>
    Task<ApiResult<PollResponse>> VoteAsync(Guid pollId, VoteRequest request, CancellationToken cancellationToken = default);

    Task<ApiResult<QuizResponse>> GetQuizAsync(Guid quizId, CancellationToken cancellationToken = default);

    /// <summary>What a player joining now needs: the current question and the time left, or its reveal, with the top places.</summary>
    Task<ApiResult<QuizSnapshotResponse>> GetQuizStateAsync(Guid quizId, CancellationToken cancellationToken = default);

    /// <summary>Once per question, within its time on the server's clock (<c>answer_too_late</c> otherwise).</summary>
    Task<ApiResult<QuizAnswerResultResponse>> AnswerAsync(Guid quizId, QuizAnswerRequest request, CancellationToken cancellationToken = default);

    Task<ApiResult<List<LeaderboardEntryResponse>>> GetLeaderboardAsync(Guid quizId, CancellationToken cancellationToken = default);

    /// <summary>The host's one button (<c>feed.manage</c>): starts the quiz, opens the next question (revealing the current one), or finishes it.</summary>
    Task<ApiResult<QuizSnapshotResponse>> NextQuizStepAsync(Guid quizId, CancellationToken cancellationToken = default);

    /// <summary>The host ends answering early and shows the result.</summary>
    Task<ApiResult<QuizSnapshotResponse>> RevealQuizQuestionAsync(Guid quizId, CancellationToken cancellationToken = default);
}
