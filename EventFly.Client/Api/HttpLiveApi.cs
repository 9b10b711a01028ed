using System.Net.Http.Json;
using EventFly.Client.Contracts;

namespace EventFly.Client.Api;

internal sealed class HttpLiveApi(HttpClient http) : ILiveApi
{
    public Task<ApiResult<FeedResponse>> GetFeedAsync(Guid eventId, int page = 1, int pageSize = PagedQuery.DefaultPageSize, CancellationToken cancellationToken = default) =>
        GetAsync<FeedResponse>($"api/events/{eventId}/feed?page={page}&pageSize={pageSize}", cancellationToken);

    public Task<ApiResult<PostResponse>> GetPostAsync(Guid postId, CancellationToken cancellationToken = default) =>
        GetAsync<PostResponse>($"api/posts/{postId}", cancellationToken);

    public Task<ApiResult<PagedResponse<CommentResponse>>> GetCommentsAsync(Guid postId, int page = 1, int pageSize = 50, CancellationToken cancellationToken = default) =>
        GetAsync<PagedResponse<CommentResponse>>($"api/posts/{postId}/comments?page={page}&pageSize={pageSize}", cancellationToken);

    public Task<ApiResult<CommentResponse>> AddCommentAsync(Guid postId, CommentRequest request, CancellationToken cancellationToken = default) =>
        PostAsync<CommentResponse>($"api/posts/{postId}/comments", request, cancellationToken);

    public Task<ApiResult<PostReactionsResponse>> ReactAsync(Guid postId, string kind, CancellationToken cancellationToken = default) =>
        PostAsync<PostReactionsResponse>($"api/posts/{postId}/reactions", new ReactionRequest { Kind = kind }, cancellationToken);

    public Task<ApiResult<PostReactionsResponse>> UnreactAsync(Guid postId, string kind, CancellationToken cancellationToken = default) =>
        SendAsync<PostReactionsResponse>(HttpMethod.Delete, $"api/posts/{postId}/reactions/{Uri.EscapeDataString(kind)}", cancellationToken);

    public Task<ApiResult<PagedResponse<QuestionResponse>>> GetQuestionsAsync(Guid eventId, string sort = "votes", int page = 1, int pageSize = 100,
        CancellationToken cancellationToken = default) =>
        GetAsync<PagedResponse<QuestionResponse>>($"api/events/{eventId}/questions?sort={Uri.EscapeDataString(sort)}&page={page}&pageSize={pageSize}", cancellationToken);

    public Task<ApiResult<QaSettingsResponse>> GetQaSettingsAsync(Guid eventId, CancellationToken cancellationToken = default) =>
        GetAsync<QaSettingsResponse>($"api/events/{eventId}/qa-settings", cancellationToken);

    public Task<ApiResult<QuestionResponse>> AskAsync(Guid eventId, QuestionRequest request, CancellationToken cancellationToken = default) =>
        PostAsync<QuestionResponse>($"api/events/{eventId}/questions", request, cancellationToken);

    public Task<ApiResult<QuestionResponse>> UpvoteAsync(Guid questionId, CancellationToken cancellationToken = default) =>
        SendAsync<QuestionResponse>(HttpMethod.Post, $"api/questions/{questionId}/upvote", cancellationToken);

    public Task<ApiResult<QuestionResponse>> WithdrawUpvoteAsync(Guid questionId, CancellationToken cancellationToken = default) =>
        SendAsync<QuestionResponse>(HttpMethod.Delete, $"api/questions/{questionId}/upvote", cancellationToken);

    public Task<ApiResult<PollResponse>> GetPollAsync(Guid pollId, CancellationToken cancellationToken = default) =>
        GetAsync<PollResponse>($"api/polls/{pollId}", cancellationToken);

    public Task<ApiResult<PollResultsResponse>> GetPollResultsAsync(Guid pollId, CancellationToken cancellationToken = default) =>
        GetAsync<PollResultsResponse>($"api/polls/{pollId}/results", cancellationToken);

    public Task<ApiResult<PollResponse>> VoteAsync(Guid pollId, VoteRequest request, CancellationToken cancellationToken = default) =>
        PostAsync<PollResponse>($"api/polls/{pollId}/votes", request, cancellationToken);

    public Task<ApiResult<QuizResponse>> GetQuizAsync(Guid quizId, CancellationToken cancellationToken = default) =>
        GetAsync<QuizResponse>($"api/quizzes/{quizId}", cancellationToken);

    public Task<ApiResult<QuizSnapshotResponse>> GetQuizStateAsync(Guid quizId, CancellationToken cancellationToken = default) =>
        GetAsync<QuizSnapshotResponse>($"api/quizzes/{quizId}/state", cancellationToken);

    public Task<ApiResult<QuizAnswerResultResponse>> AnswerAsync(Guid quizId, QuizAnswerRequest request, CancellationToken cancellationToken = default) =>
        PostAsync<QuizAnswerResultResponse>($"api/quizzes/{quizId}/answers", request, cancellationToken);

    public Task<ApiResult<List<LeaderboardEntryResponse>>> GetLeaderboardAsync(Guid quizId, CancellationToken cancellationToken = default) =>
        GetAsync<List<LeaderboardEntryResponse>>($"api/quizzes/{quizId}/leaderboard", cancellationToken);

    public Task<ApiResult<QuizSnapshotResponse>> NextQuizStepAsync(Guid quizId, CancellationToken cancellationToken = default) =>
        SendAsync<QuizSnapshotResponse>(HttpMethod.Post, $"api/quizzes/{quizId}/next", cancellationToken);

    public Task<ApiResult<QuizSnapshotResponse>> RevealQuizQuestionAsync(Guid quizId, CancellationToken cancellationToken = default) =>
        SendAsync<QuizSnapshotResponse>(HttpMethod.Post, $"api/quizzes/{quizId}/reveal", cancellationToken);

    private async Task<ApiResult<T>> GetAsync<T>(string url, CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync(url, cancellationToken);
        return await HttpApi.ReadAsync<T>(response, cancellationToken);
    }

    private async Task<ApiResult<T>> PostAsync<T>(string url, object body, CancellationToken cancellationToken)
    {
        using var response = await http.PostAsJsonAsync(url, body, cancellationToken);
        return await HttpApi.ReadAsync<T>(response, cancellationToken);
    }

    private async Task<ApiResult<T>> SendAsync<T>(HttpMethod method, string url, CancellationToken cancellationToken)
    {
        using var message = new HttpRequestMessage(method, url);
        using var response = await http.SendAsync(message, cancellationToken);
        return await HttpApi.ReadAsync<T>(response, cancellationToken);
    }
}
