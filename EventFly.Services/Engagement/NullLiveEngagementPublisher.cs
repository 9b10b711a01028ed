using EventFly.Services.Engagement.Contracts;

namespace EventFly.Services.Engagement;

/// <summary>The default when no host pushes live updates (workers, tests): every push is dropped.</summary>
internal sealed class NullLiveEngagementPublisher : ILiveEngagementPublisher
{
    public Task PostPublishedAsync(Guid eventId, PostView post, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task PostChangedAsync(Guid eventId, Guid postId, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task CommentAddedAsync(Guid eventId, CommentView comment, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task ReactionsChangedAsync(Guid eventId, Guid postId, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task QuestionChangedAsync(Guid eventId, QuestionView question, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task PollChangedAsync(Guid eventId, Guid pollId, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task QuizQuestionOpenedAsync(Guid eventId, Guid quizId, LiveQuizQuestion question, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task QuizQuestionClosedAsync(Guid eventId, Guid quizId, Guid questionId, Guid correctOptionId, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    public Task LeaderboardUpdatedAsync(Guid eventId, Guid quizId, IReadOnlyList<LeaderboardEntryView> top, CancellationToken cancellationToken) =>
        Task.CompletedTask;
}
