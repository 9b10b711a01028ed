using EventFly.Services.Outbox;
using EventFly.Services.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace EventFly.Services.Tests;

/// <summary>
/// The processed-message records (ADR 0025) are pruned once older than the retention, never sooner, and the retention
/// must outlast every way a message can come again; workers pruning at once delete each row once, harmlessly.
/// </summary>
public sealed class ProcessedMessagePrunerTests : IAsyncLifetime
{
    private readonly ManualTime _time = new(new DateTimeOffset(2026, 12, 5, 12, 0, 0, TimeSpan.Zero));
    private readonly SqliteServices _services;

    public ProcessedMessagePrunerTests() =>
        _services = new SqliteServices(new Dictionary<string, string?> { ["EventFly:Messaging:ProcessedRetentionHours"] = "24" }, _time);

    public async ValueTask InitializeAsync() => await _services.InitializeAsync();

    public ValueTask DisposeAsync() => _services.DisposeAsync();

    [Fact]
    public async Task RecordsOlderThanTheRetention_ArePruned_ByEveryWorkerAtOnce_AndYoungerOnesKept()
    {
        var old = await RecordAsync("analytics", "recommendations");
        _time.Advance(TimeSpan.FromHours(12));
        var young = await RecordAsync("analytics");

        Assert.Equal(0, (await PruneAsync(workers: 1)).Sum());
        _time.Advance(TimeSpan.FromHours(12) + TimeSpan.FromSeconds(1));
        var deleted = await PruneAsync(workers: 4);
        var left = await _services.InScopeAsync(sp => sp.GetRequiredService<OutboxData>().Processed.AsNoTracking().Select(p => p.MessageId).ToListAsync());

        Assert.Equal(2, deleted.Sum());
        Assert.Equal([young], left);
        Assert.DoesNotContain(old, left);
    }

    [Fact]
    public async Task TheRetention_MustOutlastTheDuplicateWindowRedeliveriesAndOutboxRetries()
    {
        var options = new MessagingOptions();
        var horizon = options.RepeatHorizon();

        Assert.True(horizon >= NatsBroker.DuplicateWindow, $"horizon {horizon}");
        Assert.True(horizon >= options.AckWait * options.MaxDeliver, $"horizon {horizon}");
        Assert.True(options.ProcessedRetention > horizon, $"default retention {options.ProcessedRetention}, horizon {horizon}");
        await using var tooShort = new SqliteServices(new Dictionary<string, string?> { ["EventFly:Messaging:ProcessedRetentionHours"] = "0.1" });
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() =>
            tooShort.InScopeAsync(sp => Task.FromResult(sp.GetRequiredService<IOptions<MessagingOptions>>().Value)));
        Assert.Contains("ProcessedRetentionHours", error.Message, StringComparison.Ordinal);
    }

    /// <summary>One message applied now by each of <paramref name="consumers"/>.</summary>
    private Task<Guid> RecordAsync(params string[] consumers) => _services.InScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<OutboxData>();
        var id = Guid.CreateVersion7();
        foreach (var consumer in consumers) db.Processed.Add(new ProcessedMessage(consumer, id, _time.GetUtcNow()));
        await db.SaveChangesAsync(CancellationToken.None);
        return id;
    });

    private Task<int[]> PruneAsync(int workers) => Task.WhenAll(Enumerable.Range(0, workers).Select(_ => Task.Run(() =>
        _services.InScopeAsync(sp => sp.GetRequiredService<ProcessedMessagePruner>().PruneAsync(CancellationToken.None)))));
}
