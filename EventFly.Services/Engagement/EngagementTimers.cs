using EventFly.Domain.Engagement;
using EventFly.Services.Engagement.Configurations;
using EventFly.Services.Engagement.Contracts;
using EventFly.Services.Engagement.Persistence;
using EventFly.Services.Hosting;
using EventFly.Services.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace EventFly.Services.Engagement;

/// <summary>
/// What happens in a live channel by the clock: polls past their close time are closed, quiz questions whose time is up
/// are revealed, scheduled posts that fell due are announced: pushed, and <see cref="PostPublishedV1"/> written (the feed's
/// query shows them from their publish time anyway).
/// Each step is a conditional write, so of several containers running this at once exactly one applies and pushes it.
/// </summary>
internal sealed class EngagementTimers(EngagementData db, PollService polls, QuizService quizzes, FeedService feed, EngagementWrites writes, LivePush live,
    TimeProvider time)
{
    private const int Batch = 100;

    /// <returns>How many polls were closed, questions revealed and posts announced.</returns>
    public async Task<int> RunDueAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var done = 0;
        var duePolls = await db.Polls.AsNoTracking().Where(p => p.Status == PollStatus.Open && p.ClosesAt != null && p.ClosesAt <= now)
            .OrderBy(p => p.ClosesAt).Select(p => p.Id).Take(Batch).ToListAsync(cancellationToken);
        foreach (var pollId in duePolls)
            if (await polls.CloseDueAsync(pollId, cancellationToken)) done++;

        var openQuestions = await db.Quizzes.AsNoTracking().Where(q => q.Status == QuizStatus.Running && q.QuestionState == QuizQuestionState.Open)
            .OrderBy(q => q.QuestionOpenedAt).Select(q => q.Id).Take(Batch).ToListAsync(cancellationToken);
        foreach (var quizId in openQuestions)
            if (await quizzes.RevealIfDueAsync(quizId, cancellationToken)) done++;

        var duePosts = await db.Posts.AsNoTracking().Where(p => !EF.Property<bool>(p, PostConfiguration.Announced) && p.PublishAt <= now)
            .OrderBy(p => p.PublishAt).Take(Batch).ToListAsync(cancellationToken);
        foreach (var post in duePosts)
        {
            int claimed;
            await using (var transaction = await writes.BeginAsync(cancellationToken))
            {
                claimed = await db.Posts.Where(p => p.Id == post.Id && !EF.Property<bool>(p, PostConfiguration.Announced))
                    .ExecuteUpdateAsync(s => s.SetProperty(p => EF.Property<bool>(p, PostConfiguration.Announced), true), cancellationToken);
                if (claimed == 1)
                {
                    db.Add(IntegrationEvents.ToOutbox(new PostPublishedV1(post.Id, post.EventId, post.AuthorId, post.PublishAt)));
                    await db.SaveChangesAsync(cancellationToken);
                }
                await transaction.CommitAsync(cancellationToken);
            }
            if (claimed == 0) continue;
            var view = await feed.ToViewAsync(post, Guid.Empty, now, cancellationToken);
            await live.SendAsync("PostPublished", (p, ct) => p.PostPublishedAsync(post.EventId, view, ct));
            done++;
        }
        return done;
    }
}

/// <summary>Runs <see cref="EngagementTimers"/> every few seconds in every container (tests call it directly).</summary>
internal sealed class EngagementTimersBackgroundService(IServiceScopeFactory scopes, TimeProvider time, ILogger<EngagementTimersBackgroundService> logger)
    : RecurringJob(scopes, time, logger)
{
    protected override TimeSpan Interval => TimeSpan.FromSeconds(5);

    protected override Task RunOnceAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        services.GetRequiredService<EngagementTimers>().RunDueAsync(cancellationToken);
}
