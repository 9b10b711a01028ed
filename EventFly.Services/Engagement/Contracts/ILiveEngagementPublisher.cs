namespace EventFly.Services.Engagement.Contracts;

/// <summary>
/// Engagement's port for live pushes to an event's channel; the host implements it (SignalR <c>/hubs/live</c>), the
/// default does nothing. Called after the change is committed, never inside a transaction; a failure is logged and never
/// fails the request. Views passed here are caller-neutral: as the audience sees them (anonymous authors hidden, no
/// "mine" flags); a pending or hidden question is for the staff only.
/// </summary>
public interface ILiveEngagementPublisher
{
    /// <summary>A post became visible (created now, or a scheduled one fell due).</summary>
    Task PostPublishedAsync(Guid eventId, PostView post, CancellationToken cancellationToken);

    /// <summary>A post was edited, pinned, unpinned or deleted, or one of its comments hidden or deleted: clients reload it.</summary>
    Task PostChangedAsync(Guid eventId, Guid postId, CancellationToken cancellationToken);

    Task CommentAddedAsync(Guid eventId, CommentView comment, CancellationToken cancellationToken);

    /// <summary>Reactions of the post changed; the receiver reads the current counts (and may coalesce bursts).</summary>
    Task ReactionsChangedAsync(Guid eventId, Guid postId, CancellationToken cancellationToken);

    /// <summary>A question was asked, upvoted, withdrawn, approved, answered or hidden.</summary>
    Task QuestionChangedAsync(Guid eventId, QuestionView question, CancellationToken cancellationToken);

    /// <summary>A poll was opened, voted in or closed; the receiver reads the results (<see cref="IPollService.GetResultsForBroadcastAsync"/>).</summary>
    Task PollChangedAsync(Guid eventId, Guid pollId, CancellationToken cancellationToken);

    Task QuizQuestionOpenedAsync(Guid eventId, Guid quizId, LiveQuizQuestion question, CancellationToken cancellationToken);

    Task QuizQuestionClosedAsync(Guid eventId, Guid quizId, Guid questionId, Guid correctOptionId, CancellationToken cancellationToken);

    /// <summary>After a reveal and at the finish: the top places.</summary>
    Task LeaderboardUpdatedAsync(Guid eventId, Guid quizId, IReadOnlyList<LeaderboardEntryView> top, CancellationToken cancellationToken);
}
