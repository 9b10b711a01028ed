using EventFly.Services.Hosting;
using EventFly.Services.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace EventFly.Services.Outbox;

/// <summary>Sends what the outbox holds; the background loop calls it every second, tests call it directly.</summary>
public interface IOutboxDispatcher
{
    /// <returns>How many messages were dispatched.</returns>
    Task<int> DispatchDueAsync(CancellationToken cancellationToken);
}

internal sealed partial class OutboxDispatcher(
    EventFlyDbContext db,
    IEnumerable<IOutboxHandler> handlers,
    TimeProvider time,
    ILogger<OutboxDispatcher> logger) : IOutboxDispatcher
{
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);

    public async Task<int> DispatchDueAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var due = await db.Set<OutboxMessage>().AsNoTracking()
            .Where(m => m.DispatchedAt == null && m.DueAt <= now && m.Attempts < OutboxMessage.MaxAttempts)
            .OrderBy(m => m.DueAt).Take(20)
            .ToListAsync(cancellationToken);

        var dispatched = 0;
        foreach (var message in due)
        {
            // Claim it: only one dispatcher (of several containers) wins the conditional update.
            var claimed = await db.Set<OutboxMessage>()
                .Where(m => m.Id == message.Id && m.DispatchedAt == null && m.DueAt <= now)
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.DueAt, now + Lease).SetProperty(m => m.Attempts, m => m.Attempts + 1), cancellationToken);
            if (claimed == 0) continue;

            try
            {
                var handler = handlers.SingleOrDefault(h => h.Type == message.Type)
                    ?? throw new InvalidOperationException($"No handler for outbox messages of type '{message.Type}'.");
                await handler.HandleAsync(message.Payload, cancellationToken);
                await db.Set<OutboxMessage>().Where(m => m.Id == message.Id)
                    .ExecuteUpdateAsync(s => s.SetProperty(m => m.DispatchedAt, time.GetUtcNow().UtcDateTime), cancellationToken);
                dispatched++;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                var retryAt = time.GetUtcNow().UtcDateTime + TimeSpan.FromSeconds(Math.Pow(2, message.Attempts + 1));
                var error = ex.Message.Length > 2000 ? ex.Message[..2000] : ex.Message;
                await db.Set<OutboxMessage>().Where(m => m.Id == message.Id)
                    .ExecuteUpdateAsync(s => s.SetProperty(m => m.DueAt, retryAt).SetProperty(m => m.LastError, error), cancellationToken);
                LogFailed(logger, ex, message.Type, message.Id, message.Attempts + 1);
            }
        }
        return dispatched;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox message {Type} {Id} failed (attempt {Attempt}); it will be retried")]
    private static partial void LogFailed(ILogger logger, Exception exception, string type, Guid id, int attempt);
}

/// <summary>Runs the dispatcher every second in every container; claiming keeps them from sending twice.</summary>
internal sealed class OutboxBackgroundService(IServiceScopeFactory scopes, TimeProvider time, ILogger<OutboxBackgroundService> logger)
    : RecurringJob(scopes, time, logger)
{
    protected override TimeSpan Interval => TimeSpan.FromSeconds(1);

    protected override Task RunOnceAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        services.GetRequiredService<IOutboxDispatcher>().DispatchDueAsync(cancellationToken);
}
