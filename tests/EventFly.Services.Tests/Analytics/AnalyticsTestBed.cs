using System.Reflection;
using System.Text.Json;
using EventFly.Domain.Common;
using EventFly.Domain.Events;
using EventFly.Domain.Ticketing;
using EventFly.Services.Analytics.Contracts;
using EventFly.Services.Analytics.Handlers;
using EventFly.Services.Analytics.ReadModels;
using EventFly.Services.Common;
using EventFly.Services.Notifications;
using EventFly.Services.Events.Contracts;
using EventFly.Services.Organizations.Contracts;
using EventFly.Services.Outbox;
using EventFly.Services.Persistence;
using EventFly.Services.Ticketing;
using EventFly.Services.Ticketing.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static System.FormattableString;

namespace EventFly.Services.Tests.Analytics;

/// <summary>
/// Analytics on a fresh SQLite file with a clock moved by hand: an organizer owning organizations and their events (Berlin
/// time), the outbox dispatched on demand, integration events handed to Analytics' own handlers, and every read-model row
/// read back as a comparable line.
/// </summary>
internal sealed class AnalyticsTestBed : IAsyncDisposable
{
    private AnalyticsTestBed(Action<IServiceCollection>? configure) => Services = new SqliteServices(time: Time, configure: configure);

    public ManualTime Time { get; } = new(new DateTimeOffset(2026, 11, 25, 9, 0, 0, TimeSpan.Zero));

    public SqliteServices Services { get; }

    public Guid OrganizerId { get; private set; }

    public Actor Organizer => new(OrganizerId);

    /// <summary>
    /// E-mails (tickets, notices) taken as sent without rendering them: most of the outbox's time in a test that sells
    /// hundreds of orders, and nothing Analytics reads.
    /// </summary>
    public static void WithoutMails(IServiceCollection services)
    {
        string[] mails = [EmailOutboxHandler.MessageType, TicketMails.MessageType, NotificationMails.MessageType];
        Type[] senders = [typeof(EmailOutboxHandler), typeof(TicketMails), typeof(NotificationMails)];
        foreach (var sender in services.Where(d => d.ServiceType == typeof(IOutboxHandler) && senders.Contains(d.ImplementationType)).ToList()) services.Remove(sender);
        foreach (var mail in mails) services.AddSingleton<IOutboxHandler>(new UnsentMail(mail));
    }

    public static async Task<AnalyticsTestBed> CreateAsync(Action<IServiceCollection>? configure = null)
    {
        var bed = new AnalyticsTestBed(configure);
        await bed.Services.InitializeAsync();
        bed.OrganizerId = (await bed.Services.CreateUserAsync("organizer@example.com")).Id;
        return bed;
    }

    public async Task<Guid> NewOrganizationAsync(string name, Guid? ownerId = null) =>
        (await In<IOrganizationService, OrganizationMembership>(o => o.CreateAsync(new Actor(ownerId ?? OrganizerId), name, default))).Id;

    /// <summary>An event of the organization starting in 30 days (Berlin time), published unless asked otherwise.</summary>
    public Task<Guid> NewEventAsync(Guid organizationId, string name, bool publish = true, TimeSpan? startsIn = null) =>
        Services.InScopeAsync(async sp =>
        {
            var start = Time.GetUtcNow() + (startsIn ?? TimeSpan.FromDays(30));
            var details = new EventDetails(name, null, "music", [], start, start.AddHours(4), "Europe/Berlin", new Venue("Hall", null, "Berlin", 52.5, 13.4), null,
                EventVisibility.Public);
            var events = sp.GetRequiredService<IEventService>();
            var created = await events.CreateAsync(Organizer, organizationId, details, default);
            return publish ? (await events.PublishAsync(Organizer, created.Id, default)).Id : created.Id;
        });

    public Task<TicketTypeView> NewTypeAsync(Guid eventId, string name, decimal price, int capacity = 50, bool buyerCancellable = true, bool hidden = false) =>
        Ticketing(t => t.CreateTicketTypeAsync(eventId,
            new TicketTypeDetails(name, null, new Money(price, "EUR"), capacity, null, null, 1, 5, null, hidden, null, buyerCancellable), default));

    public Task<T> Ticketing<T>(Func<TicketingDriver, Task<T>> action) => Services.InScopeAsync(sp => action(new TicketingDriver(sp, OrganizerId)));

    public Task<T> In<TService, T>(Func<TService, Task<T>> action) where TService : notnull =>
        Services.InScopeAsync(sp => action(sp.GetRequiredService<TService>()));

    public Task<EventAnalytics> EventAnalyticsAsync(Guid eventId, AnalyticsRange? range = null, Actor? actor = null) =>
        In<IAnalyticsService, EventAnalytics>(a => a.GetEventAsync(actor ?? Organizer, eventId, range ?? AnalyticsRange.All, default));

    /// <summary>Dispatches the outbox until nothing is due; a message that failed (and waits for a retry) fails the test with its error.</summary>
    public async Task DispatchAllAsync()
    {
        for (var round = 0; round < 100; round++)
        {
            var sent = await Services.InScopeAsync(sp => sp.GetRequiredService<IOutboxDispatcher>().DispatchDueAsync(default));
            if (sent == 0) break;
        }
        var failed = await Services.InScopeAsync(sp => sp.GetRequiredService<EventFlyDbContext>().Set<OutboxMessage>().AsNoTracking()
            .Where(m => m.DispatchedAt == null && m.LastError != null).Select(m => m.Type + ": " + m.LastError).ToListAsync());
        Assert.True(failed.Count == 0, "outbox messages failed: " + string.Join("; ", failed));
    }

    /// <summary>Every integration event the outbox sent that Analytics consumes, in the order they were written.</summary>
    public Task<List<(string Type, string Payload)>> AnalyticsMessagesAsync() => Services.InScopeAsync(async sp =>
    {
        var types = AnalyticsHandlers(sp).Select(h => h.Type).ToList();
        return (await sp.GetRequiredService<EventFlyDbContext>().Set<OutboxMessage>().AsNoTracking()
                .Where(m => m.DispatchedAt != null && types.Contains(m.Type)).OrderBy(m => m.CreatedAt).ThenBy(m => m.Id)
                .Select(m => new { m.Type, m.Payload }).ToListAsync())
            .Select(m => (m.Type, m.Payload)).ToList();
    });

    /// <summary>Hands one message to Analytics' handler of its type (and to no other context's), in a scope of its own as a dispatcher batch would.</summary>
    public Task DeliverAsync(string type, string payload) => Services.InScopeAsync(async sp =>
    {
        foreach (var handler in AnalyticsHandlers(sp).Where(h => h.Type == type)) await handler.HandleAsync(payload, default);
        return 0;
    });

    /// <summary>As <see cref="DeliverAsync(string, string)"/>, for an integration event record.</summary>
    public Task DeliverAsync(IIntegrationEvent integrationEvent)
    {
        var type = integrationEvent.GetType();
        var messageType = (string)type.GetProperty(nameof(IIntegrationEvent.MessageType), BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;
        return DeliverAsync(messageType, JsonSerializer.Serialize(integrationEvent, type));
    }

    /// <summary>
    /// Every row of every Analytics table as a line, sorted. Left out: the <c>Version</c> concurrency counters (they count
    /// saves, not facts) and when a key was applied.
    /// </summary>
    public Task<List<string>> ReadModelRowsAsync() => Services.InScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<EventFlyDbContext>();
        var rows = new List<string>();
        rows.AddRange((await db.Set<AnalyticsEvent>().AsNoTracking().ToListAsync())
            .Select(e => Invariant($"event {e.EventId} org={e.OrganizationId} currency={e.Currency} published={e.PublishedAt:O} cancelled={e.CancelledAt:O}")));
        rows.AddRange((await db.Set<AnalyticsOrder>().AsNoTracking().ToListAsync())
            .Select(o => Invariant($"order {o.OrderId} event={o.EventId} tickets={o.Tickets} total={o.Total} lines={o.Lines} confirmed={o.ConfirmedAt:O} cancelled={o.CancelledAt:O} refunded={o.Refunded}")));
        rows.AddRange((await db.Set<AnalyticsEventDay>().AsNoTracking().ToListAsync())
            .Select(d => Invariant($"day {d.EventId} {d.Day:O} paid={d.OrdersPaid} sold={d.TicketsSold} gross={d.Gross} ordersCancelled={d.OrdersCancelled} ticketsCancelled={d.TicketsCancelled} refunds={d.Refunds} checkIns={d.CheckIns} posts={d.Posts} comments={d.Comments} reactions={d.Reactions} questions={d.Questions} pollVotes={d.PollVotes} quizAnswers={d.QuizAnswers}")));
        rows.AddRange((await db.Set<AnalyticsTrafficDay>().AsNoTracking().ToListAsync())
            .Select(t => Invariant($"traffic {t.EventId} {t.Day:O} views={t.PageViews} checkouts={t.CheckoutsStarted}")));
        rows.AddRange((await db.Set<AnalyticsTicketTypeSales>().AsNoTracking().ToListAsync())
            .Select(t => Invariant($"type {t.EventId} {t.TicketTypeId} sold={t.Sold} cancelled={t.Cancelled} revenue={t.Revenue}")));
        rows.AddRange((await db.Set<AnalyticsCheckInSlot>().AsNoTracking().ToListAsync())
            .Select(s => Invariant($"slot {s.EventId} {s.Start:O} checkIns={s.CheckIns}")));
        rows.AddRange((await db.Set<AnalyticsFeedback>().AsNoTracking().ToListAsync())
            .Select(f => Invariant($"feedback {f.FeedbackId} event={f.EventId} rating={f.Rating} submitted={f.SubmittedAt:O} rated={f.RatedAt:O}")));
        rows.AddRange((await db.Set<AnalyticsAppliedMessage>().AsNoTracking().Select(a => a.Key).ToListAsync()).Select(key => "applied " + key));
        rows.Sort(StringComparer.Ordinal);
        return rows;
    });

    /// <summary>Empties every Analytics table, for a second delivery of the same messages from scratch.</summary>
    public Task ClearReadModelsAsync() => Services.InScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<EventFlyDbContext>();
        return await db.Set<AnalyticsEvent>().ExecuteDeleteAsync() + await db.Set<AnalyticsOrder>().ExecuteDeleteAsync()
            + await db.Set<AnalyticsEventDay>().ExecuteDeleteAsync() + await db.Set<AnalyticsTrafficDay>().ExecuteDeleteAsync()
            + await db.Set<AnalyticsTicketTypeSales>().ExecuteDeleteAsync() + await db.Set<AnalyticsCheckInSlot>().ExecuteDeleteAsync()
            + await db.Set<AnalyticsFeedback>().ExecuteDeleteAsync() + await db.Set<AnalyticsAppliedMessage>().ExecuteDeleteAsync();
    });

    /// <summary>The event's orders straight from Ticketing's tables, with their lines and tickets.</summary>
    public Task<List<Order>> OrdersOfAsync(Guid eventId) => Services.InScopeAsync(sp =>
        sp.GetRequiredService<EventFlyDbContext>().Set<Order>().AsNoTracking().Include(o => o.Lines).Include(o => o.Tickets).AsSplitQuery()
            .Where(o => o.EventId == eventId).ToListAsync());

    public ValueTask DisposeAsync() => Services.DisposeAsync();

    private static IEnumerable<IOutboxHandler> AnalyticsHandlers(IServiceProvider sp) => sp.GetServices<IOutboxHandler>()
        .Where(h => h.GetType().IsGenericType && h.GetType().GetGenericTypeDefinition() == typeof(AnalyticsHandler<>));

    private sealed class UnsentMail(string type) : IOutboxHandler
    {
        public string Type => type;

        public Task HandleAsync(string payload, CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
