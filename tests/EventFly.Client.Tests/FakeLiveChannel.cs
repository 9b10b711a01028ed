using EventFly.Client.Api;
using EventFly.Client.Contracts;

namespace EventFly.Client.Tests;

/// <summary>A live channel whose pushes the test sends; it joins as <see cref="Joins"/> says.</summary>
internal sealed class FakeLiveChannel : ILiveChannel, ILiveChannelFactory
{
    public ApiResult<EngagementParticipantResponse> Joins { get; set; } =
        ApiResult<EngagementParticipantResponse>.Ok(new EngagementParticipantResponse(Guid.Empty, Guid.NewGuid(), EngagementRole.Audience, false, false));

    public bool Disposed { get; private set; }

    public LiveConnectionState State { get; private set; } = LiveConnectionState.Offline;

    public EngagementParticipantResponse? Participant { get; private set; }

    public event Func<LiveConnectionState, Task>? StateChanged;

    public event Func<Task>? Resynchronise;

    public event Func<PostResponse, Task>? PostPublished;

    public event Func<Guid, Task>? PostChanged;

    public event Func<CommentResponse, Task>? CommentAdded;

    public event Func<Guid, IReadOnlyList<ReactionCountResponse>, Task>? ReactionsUpdated;

    public event Func<QuestionResponse, Task>? QuestionsUpdated;

    public event Func<Guid, PollResultsResponse, Task>? PollResultsUpdated;

    public event Func<Guid, LiveQuizQuestionResponse, Task>? QuizQuestionOpened;

    public event Func<Guid, Guid, Guid, Task>? QuizQuestionClosed;

    public event Func<Guid, IReadOnlyList<LeaderboardEntryResponse>, Task>? LeaderboardUpdated;

    public ILiveChannel Create() => this;

    public async Task<ApiResult<EngagementParticipantResponse>> ConnectAsync(Guid eventId, CancellationToken cancellationToken = default)
    {
        Participant = Joins.Value;
        State = Joins.Succeeded ? LiveConnectionState.Live : LiveConnectionState.Offline;
        if (StateChanged is { } changed) await changed(State);
        return Joins;
    }

    public ValueTask DisposeAsync()
    {
        Disposed = true;
        return ValueTask.CompletedTask;
    }

    public Task PushPollResults(PollResultsResponse results) => PollResultsUpdated?.Invoke(results.PollId, results) ?? Task.CompletedTask;

    public Task PushQuestion(QuestionResponse question) => QuestionsUpdated?.Invoke(question) ?? Task.CompletedTask;

    public Task PushQuizQuestionOpened(Guid quizId, LiveQuizQuestionResponse question) => QuizQuestionOpened?.Invoke(quizId, question) ?? Task.CompletedTask;

    public Task PushPost(PostResponse post) => PostPublished?.Invoke(post) ?? Task.CompletedTask;

    public async Task Reconnect()
    {
        State = LiveConnectionState.Reconnecting;
        if (StateChanged is { } changed) await changed(State);
        State = LiveConnectionState.Live;
        if (StateChanged is { } again) await again(State);
        if (Resynchronise is { } resync) await resync();
    }

    // Unused by the tests so far, present for the interface.
    public Task PushPostChanged(Guid postId) => PostChanged?.Invoke(postId) ?? Task.CompletedTask;

    public Task PushComment(CommentResponse comment) => CommentAdded?.Invoke(comment) ?? Task.CompletedTask;

    public Task PushReactions(Guid postId, IReadOnlyList<ReactionCountResponse> reactions) => ReactionsUpdated?.Invoke(postId, reactions) ?? Task.CompletedTask;

    public Task PushQuizClosed(Guid quizId, Guid questionId, Guid correct) => QuizQuestionClosed?.Invoke(quizId, questionId, correct) ?? Task.CompletedTask;

    public Task PushLeaderboard(Guid quizId, IReadOnlyList<LeaderboardEntryResponse> top) => LeaderboardUpdated?.Invoke(quizId, top) ?? Task.CompletedTask;
}
