using System.Collections.Concurrent;
using EventFly.Domain.Common;
using EventFly.Domain.Events;
using EventFly.Domain.Ticketing;
using EventFly.Services.Common;
using EventFly.Services.Engagement;
using EventFly.Services.Engagement.Contracts;
using EventFly.Services.Events.Contracts;
using EventFly.Services.Identity.Contracts;
using EventFly.Services.Organizations.Contracts;
using EventFly.Services.Outbox;
using EventFly.Services.Persistence;
using EventFly.Services.Ticketing.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EventFly.Services.Tests;

/// <summary>
/// The Engagement services on a fresh SQLite file: an organizer (staff with every permission) of a published event with
/// free tickets, two ticket holders, a stranger without a ticket, and a draft event. Live pushes are recorded.
/// </summary>
internal sealed class EngagementTestBed : IAsyncDisposable
{
    private EngagementTestBed()
    {
        Services = new SqliteServices(time: Time, configure: s => s.AddSingleton<ILiveEngagementPublisher>(Live));
    }

    public ManualTime Time { get; } = new(new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero));

    public RecordingLivePublisher Live { get; } = new();

    public SqliteServices Services { get; }

    public Guid OrganizerId { get; private set; }

    public Guid EventId { get; private set; }

    public Guid DraftEventId { get; private set; }

    public Guid TicketTypeId { get; private set; }

    public Guid HolderId { get; private set; }

    public Guid OtherHolderId { get; private set; }

    public Guid StrangerId { get; private set; }

    public Actor Organizer => new(OrganizerId);

    public Actor Holder => new(HolderId);

    public Actor OtherHolder => new(OtherHolderId);

    public Actor Stranger => new(StrangerId);

    public static async Task<EngagementTestBed> CreateAsync()
    {
        var bed = new EngagementTestBed();
        await bed.Services.InitializeAsync();
        await bed.SetUpAsync();
        return bed;
    }

    public Task<T> Access<T>(Func<IEngagementAccess, Task<T>> action) => In(action);

    public Task<T> Feed<T>(Func<IFeedService, Task<T>> action) => In(action);

    public Task Feed(Func<IFeedService, Task> action) => In(action);

    public Task<T> Questions<T>(Func<IQuestionService, Task<T>> action) => In(action);

    public Task<T> Polls<T>(Func<IPollService, Task<T>> action) => In(action);

    public Task<T> Quizzes<T>(Func<IQuizService, Task<T>> action) => In(action);

    /// <summary>One round of the timer job, as its background service runs it.</summary>
    public Task<int> RunTimersAsync() => Services.InScopeAsync(sp => sp.GetRequiredService<EngagementTimers>().RunDueAsync(default));

    /// <summary>A new account holding one ticket of the event (a free order, confirmed at once).</summary>
    public async Task<Guid> NewHolderAsync(string email)
    {
        var id = (await Services.CreateUserAsync(email)).Id;
        await BuyTicketAsync(id);
        return id;
    }

    /// <summary>Many ticket holders quickly: accounts without passwords, one free order each.</summary>
    public async Task<IReadOnlyList<Guid>> NewHoldersAsync(int count)
    {
        var users = Enumerable.Range(0, count).Select(i => AppUser.Create($"crowd{i}-{Guid.NewGuid():N}@example.com")).ToList();
        await Services.InScopeAsync(sp =>
        {
            var db = sp.GetRequiredService<EventFlyDbContext>();
            db.AddRange(users);
            return db.SaveChangesAsync();
        });
        foreach (var user in users) await BuyTicketAsync(user.Id);
        return [.. users.Select(u => u.Id)];
    }

    /// <summary>
    /// Everything a refused request could have changed: the rows of each Engagement table, the counters and the outbox.
    /// Equal fingerprints before and after a refusal mean it changed nothing.
    /// </summary>
    public Task<string> FingerprintAsync() => Services.InScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<EventFlyDbContext>();
        var parts = new List<object>
        {
            await db.Set<Domain.Engagement.Post>().CountAsync(),
            await db.Set<Domain.Engagement.Comment>().CountAsync(c => !c.Hidden && !c.Deleted),
            await db.Set<Domain.Engagement.Reaction>().CountAsync(),
            await db.Set<Domain.Engagement.Mute>().CountAsync(),
            await db.Set<Domain.Engagement.Question>().CountAsync(),
            await db.Set<Domain.Engagement.Question>().SumAsync(q => q.VoteCount),
            await db.Set<Domain.Engagement.QuestionVote>().CountAsync(),
            await db.Set<Domain.Engagement.Poll>().CountAsync(p => p.Status == Domain.Engagement.PollStatus.Open),
            await db.Set<Domain.Engagement.Poll>().SumAsync(p => p.BallotCount),
            await db.Set<Domain.Engagement.PollOption>().SumAsync(o => o.Votes),
            await db.Set<Domain.Engagement.Ballot>().CountAsync(),
            await db.Set<Domain.Engagement.QuizAnswer>().CountAsync(),
            await db.Set<OutboxMessage>().CountAsync(),
        };
        return string.Join("/", parts);
    });

    /// <summary>The outbox messages of Engagement's integration events, by type.</summary>
    public Task<List<(string Type, string Payload)>> EngagementOutboxAsync() => Services.InScopeAsync(async sp =>
        (await sp.GetRequiredService<EventFlyDbContext>().Set<OutboxMessage>().AsNoTracking().Where(m => m.Type.StartsWith("engagement."))
            .Select(m => new { m.Type, m.Payload }).ToListAsync()).Select(m => (m.Type, m.Payload)).ToList());

    public ValueTask DisposeAsync() => Services.DisposeAsync();

    private Task<T> In<TService, T>(Func<TService, Task<T>> action) where TService : notnull =>
        Services.InScopeAsync(sp => action(sp.GetRequiredService<TService>()));

    private async Task In<TService>(Func<TService, Task> action) where TService : notnull =>
        await Services.InScopeAsync(async sp =>
        {
            await action(sp.GetRequiredService<TService>());
            return 0;
        });

    private async Task SetUpAsync()
    {
        OrganizerId = (await Services.CreateUserAsync("organizer@example.com")).Id;
        var organizationId = (await Services.InScopeAsync(sp => sp.GetRequiredService<IOrganizationService>()
            .CreateAsync(Organizer, "Live tests", default))).Id;
        var start = Time.GetUtcNow().AddHours(2);
        var details = new EventDetails("Live", null, "music", [], start, start.AddHours(3), "UTC", new Venue("Hall", null, "Berlin", 52.5, 13.4), null,
            EventVisibility.Public);
        (EventId, DraftEventId) = await Services.InScopeAsync(async sp =>
        {
            var events = sp.GetRequiredService<IEventService>();
            var published = await events.PublishAsync(Organizer, (await events.CreateAsync(Organizer, organizationId, details, default)).Id, default);
            var draft = await events.CreateAsync(Organizer, organizationId, details with { Name = "Still a draft", Venue = new Venue("Club", null, "Berlin", 52.5, 13.4) }, default);
            return (published.Id, draft.Id);
        });
        TicketTypeId = (await Services.InScopeAsync(sp => sp.GetRequiredService<ITicketCatalog>().CreateTicketTypeAsync(Organizer, EventId,
            new TicketTypeDetails("Free", null, new Money(0, "EUR"), 1000, null, null, 1, 5, null, false, null), default))).Id;
        HolderId = await NewHolderAsync("holder@example.com");
        OtherHolderId = await NewHolderAsync("other-holder@example.com");
        StrangerId = (await Services.CreateUserAsync("stranger@example.com")).Id;
    }

    private async Task BuyTicketAsync(Guid userId) =>
        await Services.InScopeAsync(sp => sp.GetRequiredService<IOrderPlacement>().PlaceOrderAsync(new Actor(userId), EventId, [new OrderLineRequest(TicketTypeId, 1)], null,
            default));
}

/// <summary>Records every live push; <see cref="OnPush"/> runs inside the push (to look at the database as it then is).</summary>
internal sealed class RecordingLivePublisher : ILiveEngagementPublisher
{
    public ConcurrentQueue<(string Kind, Guid EventId, object? Payload)> Pushes { get; } = new();

    public Func<string, object?, Task>? OnPush { get; set; }

    /// <summary>Every push throws (a broken hub); requests must not fail because of it.</summary>
    public bool Fail { get; set; }

    public IReadOnlyList<T> Of<T>(string kind) => [.. Pushes.Where(p => p.Kind == kind).Select(p => (T)p.Payload!)];

    public int Count(string kind) => Pushes.Count(p => p.Kind == kind);

    public Task PostPublishedAsync(Guid eventId, PostView post, CancellationToken cancellationToken) => RecordAsync(nameof(PostPublishedAsync), eventId, post);

    public Task PostChangedAsync(Guid eventId, Guid postId, CancellationToken cancellationToken) => RecordAsync(nameof(PostChangedAsync), eventId, postId);

    public Task CommentAddedAsync(Guid eventId, CommentView comment, CancellationToken cancellationToken) => RecordAsync(nameof(CommentAddedAsync), eventId, comment);

    public Task ReactionsChangedAsync(Guid eventId, Guid postId, CancellationToken cancellationToken) => RecordAsync(nameof(ReactionsChangedAsync), eventId, postId);

    public Task QuestionChangedAsync(Guid eventId, QuestionView question, CancellationToken cancellationToken) =>
        RecordAsync(nameof(QuestionChangedAsync), eventId, question);

    public Task PollChangedAsync(Guid eventId, Guid pollId, CancellationToken cancellationToken) => RecordAsync(nameof(PollChangedAsync), eventId, pollId);

    public Task QuizQuestionOpenedAsync(Guid eventId, Guid quizId, LiveQuizQuestion question, CancellationToken cancellationToken) =>
        RecordAsync(nameof(QuizQuestionOpenedAsync), eventId, question);

    public Task QuizQuestionClosedAsync(Guid eventId, Guid quizId, Guid questionId, Guid correctOptionId, CancellationToken cancellationToken) =>
        RecordAsync(nameof(QuizQuestionClosedAsync), eventId, (questionId, correctOptionId));

    public Task LeaderboardUpdatedAsync(Guid eventId, Guid quizId, IReadOnlyList<LeaderboardEntryView> top, CancellationToken cancellationToken) =>
        RecordAsync(nameof(LeaderboardUpdatedAsync), eventId, top);

    private async Task RecordAsync(string kind, Guid eventId, object? payload)
    {
        if (Fail) throw new InvalidOperationException("The hub is down.");
        Pushes.Enqueue((kind, eventId, payload));
        if (OnPush is { } hook) await hook(kind, payload);
    }
}
