using System.Collections.Concurrent;
using EventFly.Services.Outbox;
using EventFly.Services.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EventFly.Services.Tests;

/// <summary>The outbox keeps up with a rush, sends each message once across dispatchers, and retries what failed.</summary>
public sealed class OutboxDispatcherTests : IAsyncLifetime
{
    private readonly RecordingHandler _handler = new();
    private readonly SqliteServices _services;

    public OutboxDispatcherTests() =>
        _services = new SqliteServices(configure: services => services.AddSingleton<IOutboxHandler>(_handler));

    public async ValueTask InitializeAsync() => await _services.InitializeAsync();

    public ValueTask DisposeAsync() => _services.DisposeAsync();

    [Fact]
    public async Task ABacklogOfSeveralBatches_IsSentInOneRound()
    {
        var payloads = await EnqueueAsync(2 * OutboxDispatcher.BatchSize + 7);

        await _services.InScopeAsync(async sp =>
        {
            await OutboxBackgroundService.DrainAsync(sp, CancellationToken.None);
            return 0;
        });

        Assert.Equal(payloads.Order(), _handler.Handled.Order());
        Assert.Equal(0, await UndispatchedAsync());
    }

    [Fact]
    public async Task TwoDispatchersAtOnce_SendEachMessageOnce()
    {
        var payloads = await EnqueueAsync(OutboxDispatcher.BatchSize);

        await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => Task.Run(() =>
            _services.InScopeAsync(sp => sp.GetRequiredService<IOutboxDispatcher>().DispatchDueAsync(CancellationToken.None)))));

        Assert.Equal(payloads.Order(), _handler.Handled.Order());
    }

    [Fact]
    public async Task AFailingMessage_IsKeptForARetry_WhileTheOthersAreSent()
    {
        var payloads = await EnqueueAsync(5);
        _handler.Failing = payloads[2];

        var sent = await _services.InScopeAsync(sp => sp.GetRequiredService<IOutboxDispatcher>().DispatchDueAsync(CancellationToken.None));

        Assert.Equal(4, sent);
        var failed = await _services.InScopeAsync(sp => sp.GetRequiredService<EventFlyDbContext>().Set<OutboxMessage>().AsNoTracking()
            .SingleAsync(m => m.DispatchedAt == null));
        Assert.Equal(payloads[2], failed.Payload);
        Assert.Equal(1, failed.Attempts);
        Assert.Equal("refused", failed.LastError);
        Assert.True(failed.DueAt > DateTime.UtcNow);
    }

    private async Task<List<string>> EnqueueAsync(int count)
    {
        var payloads = Enumerable.Range(0, count).Select(i => $"message {i}").ToList();
        await _services.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<EventFlyDbContext>();
            db.AddRange(payloads.Select(p => new OutboxMessage(RecordingHandler.MessageType, p, DateTimeOffset.UtcNow.AddSeconds(-1))));
            return await db.SaveChangesAsync();
        });
        return payloads;
    }

    private Task<int> UndispatchedAsync() =>
        _services.InScopeAsync(sp => sp.GetRequiredService<EventFlyDbContext>().Set<OutboxMessage>().CountAsync(m => m.DispatchedAt == null));

    private sealed class RecordingHandler : IOutboxHandler
    {
        public const string MessageType = "test.recorded";

        public ConcurrentBag<string> Handled { get; } = [];

        public string? Failing { get; set; }

        public string Type => MessageType;

        public Task HandleAsync(string payload, CancellationToken cancellationToken)
        {
            if (payload == Failing) throw new InvalidOperationException("refused");
            Handled.Add(payload);
            return Task.CompletedTask;
        }
    }
}
