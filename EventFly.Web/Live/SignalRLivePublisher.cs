using EventFly.Services.Engagement.Contracts;
using Microsoft.AspNetCore.SignalR;

namespace EventFly.Web.Live;

/// <summary>
/// Engagement's live pushes over <see cref="LiveHub"/>. Counts that change in bursts (poll results, reactions,
/// question votes) go through <see cref="UpdateCoalescer"/>: a few pushes per second at most, each read from the
/// database when it is sent, so the last one equals what is stored. The rest is sent as it happens.
/// </summary>
internal sealed class SignalRLivePublisher(IHubContext<LiveHub> hub, IServiceScopeFactory scopes, UpdateCoalescer coalescer) : ILiveEngagementPublisher
{
    public Task PostPublishedAsync(Guid eventId, PostView post, CancellationToken cancellationToken) =>
        hub.Clients.Group(LiveGroups.Event(eventId)).SendAsync(LiveMessages.PostPublished, post, cancellationToken);

    public Task PostChangedAsync(Guid eventId, Guid postId, CancellationToken cancellationToken) =>
        hub.Clients.Group(LiveGroups.Event(eventId)).SendAsync(LiveMessages.PostChanged, postId, cancellationToken);

    public Task CommentAddedAsync(Guid eventId, CommentView comment, CancellationToken cancellationToken) =>
        hub.Clients.Group(LiveGroups.Event(eventId)).SendAsync(LiveMessages.CommentAdded, comment, cancellationToken);

    public Task ReactionsChangedAsync(Guid eventId, Guid postId, CancellationToken cancellationToken)
    {
        coalescer.Changed($"reactions:{postId:N}", async ct =>
        {
            await using var scope = scopes.CreateAsyncScope();
            if (await scope.ServiceProvider.GetRequiredService<IFeedService>().GetReactionCountsAsync(postId, ct) is { } reactions)
                await hub.Clients.Group(LiveGroups.Event(eventId)).SendAsync(LiveMessages.ReactionsUpdated, postId, reactions, ct);
        });
        return Task.CompletedTask;
    }

    /// <summary>A pending question is for the staff only; the rest (also hidden ones, so clients drop them) for everyone.</summary>
    public Task QuestionChangedAsync(Guid eventId, QuestionView question, CancellationToken cancellationToken)
    {
        coalescer.Changed($"question:{question.Id:N}", async ct =>
        {
            await using var scope = scopes.CreateAsyncScope();
            if (await scope.ServiceProvider.GetRequiredService<IQuestionService>().GetForBroadcastAsync(question.Id, ct) is not { } current) return;
            var group = current.Status == QuestionState.Pending ? LiveGroups.Of(eventId, staff: true) : LiveGroups.Event(eventId);
            await hub.Clients.Group(group).SendAsync(LiveMessages.QuestionsUpdated, eventId, current, ct);
        });
        return Task.CompletedTask;
    }

    /// <summary>Staff always get the counts; the audience gets them as the poll shows them (zeros while hidden).</summary>
    public Task PollChangedAsync(Guid eventId, Guid pollId, CancellationToken cancellationToken)
    {
        coalescer.Changed($"poll:{pollId:N}", async ct =>
        {
            await using var scope = scopes.CreateAsyncScope();
            var polls = scope.ServiceProvider.GetRequiredService<IPollService>();
            foreach (var staff in (bool[])[true, false])
            {
                if (await polls.GetResultsForBroadcastAsync(pollId, staff, ct) is { } results)
                    await hub.Clients.Group(LiveGroups.Of(eventId, staff)).SendAsync(LiveMessages.PollResultsUpdated, pollId, results, ct);
            }
        });
        return Task.CompletedTask;
    }

    public Task QuizQuestionOpenedAsync(Guid eventId, Guid quizId, LiveQuizQuestion question, CancellationToken cancellationToken) =>
        hub.Clients.Group(LiveGroups.Event(eventId)).SendAsync(LiveMessages.QuizQuestionOpened, quizId, question, cancellationToken);

    public Task QuizQuestionClosedAsync(Guid eventId, Guid quizId, Guid questionId, Guid correctOptionId, CancellationToken cancellationToken) =>
        hub.Clients.Group(LiveGroups.Event(eventId)).SendAsync(LiveMessages.QuizQuestionClosed, quizId, questionId, correctOptionId, cancellationToken);

    public Task LeaderboardUpdatedAsync(Guid eventId, Guid quizId, IReadOnlyList<LeaderboardEntryView> top, CancellationToken cancellationToken) =>
        hub.Clients.Group(LiveGroups.Event(eventId)).SendAsync(LiveMessages.LeaderboardUpdated, quizId, top, cancellationToken);
}
