using EventFly.Client.Api;
using EventFly.Client.Contracts;
using Microsoft.Extensions.DependencyInjection;

namespace EventFly.Client.Tests;

/// <summary>The live channel's REST API as a test sets it up; what a test does not set up answers empty or throws.</summary>
internal sealed class FakeLiveApi : ILiveApi
{
    public ApiResult<FeedResponse> Feed { get; set; } = ApiResult<FeedResponse>.Ok(new FeedResponse([], 0, [], []));

    public int FeedReads { get; private set; }

    public List<QuestionResponse> Questions { get; set; } = [];

    public bool ModerationOn { get; set; }

    public ApiResult<QuizSnapshotResponse>? QuizState { get; set; }

    public int QuizStateReads { get; private set; }

    /// <summary>What answering a quiz question gives; the request is kept in <see cref="Answers"/>.</summary>
    public ApiResult<QuizAnswerResultResponse> AnswerResult { get; set; } = ApiResult<QuizAnswerResultResponse>.Fail("unexpected");

    public List<QuizAnswerRequest> Answers { get; } = [];

    public List<(Guid PollId, List<Guid> OptionIds)> Votes { get; } = [];

    public Func<Guid, VoteRequest, ApiResult<PollResponse>> Vote { get; set; } = (_, _) => ApiResult<PollResponse>.Fail("unexpected");

    public Dictionary<Guid, PollResponse> PollsById { get; } = [];

    public List<QuestionRequest> Asked { get; } = [];

    public List<(Guid QuestionId, bool Up)> Upvotes { get; } = [];

    public Task<ApiResult<FeedResponse>> GetFeedAsync(Guid eventId, int page = 1, int pageSize = PagedQuery.DefaultPageSize, CancellationToken cancellationToken = default)
    {
        FeedReads++;
        return Task.FromResult(Feed);
    }

    public Task<ApiResult<PagedResponse<QuestionResponse>>> GetQuestionsAsync(Guid eventId, string sort = "votes", int page = 1, int pageSize = 100,
        CancellationToken cancellationToken = default) =>
        Task.FromResult(ApiResult<PagedResponse<QuestionResponse>>.Ok(new PagedResponse<QuestionResponse>(Questions, Questions.Count)));

    public Task<ApiResult<QaSettingsResponse>> GetQaSettingsAsync(Guid eventId, CancellationToken cancellationToken = default) =>
        Task.FromResult(ApiResult<QaSettingsResponse>.Ok(new QaSettingsResponse(eventId, ModerationOn)));

    public Task<ApiResult<QuestionResponse>> AskAsync(Guid eventId, QuestionRequest request, CancellationToken cancellationToken = default)
    {
        Asked.Add(request);
        var question = new QuestionResponse(Guid.NewGuid(), eventId, request.Text, 0, ModerationOn ? QuestionState.Pending : QuestionState.Visible, request.Anonymous,
            Guid.NewGuid(), "Ada", DateTimeOffset.UtcNow, null, false, true);
        return Task.FromResult(ApiResult<QuestionResponse>.Ok(question));
    }

    public Task<ApiResult<QuestionResponse>> UpvoteAsync(Guid questionId, CancellationToken cancellationToken = default) => Upvote(questionId, up: true);

    public Task<ApiResult<QuestionResponse>> WithdrawUpvoteAsync(Guid questionId, CancellationToken cancellationToken = default) => Upvote(questionId, up: false);

    private Task<ApiResult<QuestionResponse>> Upvote(Guid questionId, bool up)
    {
        Upvotes.Add((questionId, up));
        var question = Questions.Single(q => q.Id == questionId);
        var changed = question with { Votes = question.Votes + (up ? 1 : -1), VotedByMe = up };
        return Task.FromResult(ApiResult<QuestionResponse>.Ok(changed));
    }

    public Task<ApiResult<PollResponse>> GetPollAsync(Guid pollId, CancellationToken cancellationToken = default) =>
        Task.FromResult(PollsById.TryGetValue(pollId, out var poll) ? ApiResult<PollResponse>.Ok(poll) : ApiResult<PollResponse>.Fail("Not found."));

    public Task<ApiResult<PollResponse>> VoteAsync(Guid pollId, VoteRequest request, CancellationToken cancellationToken = default)
    {
        Votes.Add((pollId, request.OptionIds));
        return Task.FromResult(Vote(pollId, request));
    }

    public Task<ApiResult<QuizSnapshotResponse>> GetQuizStateAsync(Guid quizId, CancellationToken cancellationToken = default)
    {
        QuizStateReads++;
        return Task.FromResult(QuizState ?? ApiResult<QuizSnapshotResponse>.Fail("Not found."));
    }

    public Task<ApiResult<QuizAnswerResultResponse>> AnswerAsync(Guid quizId, QuizAnswerRequest request, CancellationToken cancellationToken = default)
    {
        Answers.Add(request);
        return Task.FromResult(AnswerResult);
    }

    public ApiResult<QuizResponse> Quiz { get; set; } = ApiResult<QuizResponse>.Fail("Not found.");

    public Task<ApiResult<QuizResponse>> GetQuizAsync(Guid quizId, CancellationToken cancellationToken = default) => Task.FromResult(Quiz);

    public Task<ApiResult<PostResponse>> GetPostAsync(Guid postId, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<ApiResult<PagedResponse<CommentResponse>>> GetCommentsAsync(Guid postId, int page = 1, int pageSize = 50, CancellationToken cancellationToken = default) =>
        Task.FromResult(ApiResult<PagedResponse<CommentResponse>>.Ok(new PagedResponse<CommentResponse>([], 0)));

    public Task<ApiResult<CommentResponse>> AddCommentAsync(Guid postId, CommentRequest request, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public Task<ApiResult<PostReactionsResponse>> ReactAsync(Guid postId, string kind, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<ApiResult<PostReactionsResponse>> UnreactAsync(Guid postId, string kind, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<ApiResult<PollResultsResponse>> GetPollResultsAsync(Guid pollId, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<ApiResult<List<LeaderboardEntryResponse>>> GetLeaderboardAsync(Guid quizId, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public Task<ApiResult<QuizSnapshotResponse>> NextQuizStepAsync(Guid quizId, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<ApiResult<QuizSnapshotResponse>> RevealQuizQuestionAsync(Guid quizId, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();
}

internal static class LiveFakes
{
    /// <summary>One <see cref="FakeLiveApi"/> as the app's <see cref="ILiveApi"/>; a test reads it back from the services.</summary>
    public static IServiceCollection AddFakeLiveApi(this IServiceCollection services) =>
        services.AddSingleton<FakeLiveApi>().AddSingleton<ILiveApi>(sp => sp.GetRequiredService<FakeLiveApi>());

    /// <summary>One <see cref="FakeLiveChannel"/> as the app's <see cref="ILiveChannelFactory"/>.</summary>
    public static IServiceCollection AddFakeLiveChannel(this IServiceCollection services) =>
        services.AddSingleton<FakeLiveChannel>().AddSingleton<ILiveChannelFactory>(sp => sp.GetRequiredService<FakeLiveChannel>());
}
