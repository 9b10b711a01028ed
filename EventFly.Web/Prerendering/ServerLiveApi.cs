using EventFly.Client.Api;
using EventFly.Client.Contracts;

namespace EventFly.Web.Prerendering;

/// <summary>
/// The live pages load their state only in the browser (the prerendered page is a skeleton, and the hub needs the
/// browser's connection), so prerendering needs an <see cref="ILiveApi"/> that is never asked anything. Should a
/// component ask while prerendered, it gets a refusal instead of stale data.
/// </summary>
internal sealed class ServerLiveApi : ILiveApi
{
    private const string BrowserOnly = "The live channel runs in the browser; reload the page.";

    public Task<ApiResult<FeedResponse>> GetFeedAsync(Guid eventId, int page = 1, int pageSize = PagedQuery.DefaultPageSize, CancellationToken cancellationToken = default) =>
        Refuse<FeedResponse>();

    public Task<ApiResult<PostResponse>> GetPostAsync(Guid postId, CancellationToken cancellationToken = default) => Refuse<PostResponse>();

    public Task<ApiResult<PagedResponse<CommentResponse>>> GetCommentsAsync(Guid postId, int page = 1, int pageSize = 50, CancellationToken cancellationToken = default) =>
        Refuse<PagedResponse<CommentResponse>>();

    public Task<ApiResult<CommentResponse>> AddCommentAsync(Guid postId, CommentRequest request, CancellationToken cancellationToken = default) =>
        Refuse<CommentResponse>();

    public Task<ApiResult<PostReactionsResponse>> ReactAsync(Guid postId, string kind, CancellationToken cancellationToken = default) =>
        Refuse<PostReactionsResponse>();

    public Task<ApiResult<PostReactionsResponse>> UnreactAsync(Guid postId, string kind, CancellationToken cancellationToken = default) =>
        Refuse<PostReactionsResponse>();

    public Task<ApiResult<PagedResponse<QuestionResponse>>> GetQuestionsAsync(Guid eventId, string sort = "votes", int page = 1, int pageSize = 100,
        CancellationToken cancellationToken = default) =>
        Refuse<PagedResponse<QuestionResponse>>();

    public Task<ApiResult<QaSettingsResponse>> GetQaSettingsAsync(Guid eventId, CancellationToken cancellationToken = default) => Refuse<QaSettingsResponse>();

    public Task<ApiResult<QuestionResponse>> AskAsync(Guid eventId, QuestionRequest request, CancellationToken cancellationToken = default) =>
        Refuse<QuestionResponse>();

    public Task<ApiResult<QuestionResponse>> UpvoteAsync(Guid questionId, CancellationToken cancellationToken = default) => Refuse<QuestionResponse>();

    public Task<ApiResult<QuestionResponse>> WithdrawUpvoteAsync(Guid questionId, CancellationToken cancellationToken = default) => Refuse<QuestionResponse>();

    public Task<ApiResult<PollResponse>> GetPollAsync(Guid pollId, CancellationToken cancellationToken = default) => Refuse<PollResponse>();

    public Task<ApiResult<PollResultsResponse>> GetPollResultsAsync(Guid pollId, CancellationToken cancellationToken = default) => Refuse<PollResultsResponse>();

    public Task<ApiResult<PollResponse>> VoteAsync(Guid pollId, VoteRequest request, CancellationToken cancellationToken = default) => Refuse<PollResponse>();

    public Task<ApiResult<QuizResponse>> GetQuizAsync(Guid quizId, CancellationToken cancellationToken = default) => Refuse<QuizResponse>();

    public Task<ApiResult<QuizSnapshotResponse>> GetQuizStateAsync(Guid quizId, CancellationToken cancellationToken = default) => Refuse<QuizSnapshotResponse>();

    public Task<ApiResult<QuizAnswerResultResponse>> AnswerAsync(Guid quizId, QuizAnswerRequest request, CancellationToken cancellationToken = default) =>
        Refuse<QuizAnswerResultResponse>();

    public Task<ApiResult<List<LeaderboardEntryResponse>>> GetLeaderboardAsync(Guid quizId, CancellationToken cancellationToken = default) =>
        Refuse<List<LeaderboardEntryResponse>>();

    public Task<ApiResult<QuizSnapshotResponse>> NextQuizStepAsync(Guid quizId, CancellationToken cancellationToken = default) => Refuse<QuizSnapshotResponse>();

    public Task<ApiResult<QuizSnapshotResponse>> RevealQuizQuestionAsync(Guid quizId, CancellationToken cancellationToken = default) =>
        Refuse<QuizSnapshotResponse>();

    private static Task<ApiResult<T>> Refuse<T>() => Task.FromResult(ApiResult<T>.Fail(BrowserOnly));
}
