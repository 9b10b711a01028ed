using System.Collections.Concurrent;
using EventFly.Services.Events.Contracts;
using EventFly.Services.Outbox;
using EventFly.Services.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EventFly.Services.Tests;

/// <summary>
/// The in-process transport (the default): an integration event reaches every subscribing context; a context that
/// fails retries alone (the others drop the outbox's repeat); a second publish with the same message id changes nothing.
/// </summary>
public sealed class IntegrationEventBusTests : IAsyncLifetime
{
    private readonly Recording _good = new("good");
    private readonly Recording _flaky = new("flaky");
    private readonly SqliteServices _services;

    public IntegrationEventBusTests() =>
        _services = new SqliteServices(configure: services => services.AddSingleton<IOutboxHandler>(_good).AddSingleton<IOutboxHandler>(_flaky));

    public async ValueTask InitializeAsync() => await _services.InitializeAsync();

    public ValueTask DisposeAsync() => _services.DisposeAsync();

    [Fact]
    public async Task AFailingContext_RetriesAlone_AndTheOtherAppliesTheEventOnce()
    {
        _flaky.FailuresLeft = 1;
        var eventId = Guid.NewGuid();
        var id = await EnqueueAsync(eventId);

        await DispatchAsync();
        var afterFirst = await MessageAsync(id);
        await _services.InScopeAsync(async sp =>
        {
            // Due again at once, as if its back-off had passed.
            await sp.GetRequiredService<EventFlyDbContext>().Set<OutboxMessage>().Where(m => m.Id == id)
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.DueAt, DateTime.UtcNow.AddSeconds(-1)));
            return 0;
        });
        await DispatchAsync();

        Assert.Null(afterFirst.DispatchedAt);
        Assert.Contains("flaky", afterFirst.LastError, StringComparison.Ordinal);
        Assert.NotNull((await MessageAsync(id)).DispatchedAt);
        Assert.Equal([eventId], _good.Applied);
        Assert.Equal([eventId], _flaky.Applied);
    }

    [Fact]
    public async Task TheSameMessageIdPublishedTwice_IsAppliedOnce()
    {
        var id = Guid.CreateVersion7();
        var eventId = Guid.NewGuid();
        var payload = System.Text.Json.JsonSerializer.Serialize(new EventCancelledV1(eventId, Guid.NewGuid(), DateTimeOffset.UtcNow));

        for (var i = 0; i < 2; i++)
            await _services.InScopeAsync(async sp =>
            {
                await sp.GetRequiredService<IIntegrationEventBus>().PublishAsync(EventCancelledV1.MessageType, payload, id, new Dictionary<string, string>(), CancellationToken.None);
                return 0;
            });

        Assert.Equal([eventId], _good.Applied);
        Assert.Equal([eventId], _flaky.Applied);
    }

    private async Task<Guid> EnqueueAsync(Guid eventId) => await _services.InScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<EventFlyDbContext>();
        var message = IntegrationEvents.ToOutbox(new EventCancelledV1(eventId, Guid.NewGuid(), DateTimeOffset.UtcNow.AddSeconds(-1)));
        db.Add(message);
        await db.SaveChangesAsync();
        return message.Id;
    });

    private Task<int> DispatchAsync() =>
        _services.InScopeAsync(sp => sp.GetRequiredService<IOutboxDispatcher>().DispatchDueAsync(CancellationToken.None));

    private Task<OutboxMessage> MessageAsync(Guid id) =>
        _services.InScopeAsync(sp => sp.GetRequiredService<EventFlyDbContext>().Set<OutboxMessage>().AsNoTracking().SingleAsync(m => m.Id == id));

    /// <summary>A context of its own (by <see cref="Consumer"/>) that records what it applied and can fail a number of times first.</summary>
    private sealed class Recording(string consumer) : IntegrationEventHandler<EventCancelledV1>
    {
        private readonly ConcurrentQueue<Guid> _applied = new();

        public int FailuresLeft { get; set; }

        public override string Consumer => consumer;

        public IReadOnlyList<Guid> Applied => [.. _applied];

        protected override Task HandleAsync(EventCancelledV1 integrationEvent, CancellationToken cancellationToken)
        {
            if (FailuresLeft-- > 0) throw new InvalidOperationException("not yet");
            _applied.Enqueue(integrationEvent.EventId);
            return Task.CompletedTask;
        }
    }
}
