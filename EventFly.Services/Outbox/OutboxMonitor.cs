using EventFly.Services.Persistence;
using Microsoft.EntityFrameworkCore;

namespace EventFly.Services.Outbox;

/// <summary>
/// The outbox's backlog: messages waiting (and how long the oldest has waited: the lag of every consumer, analytics
/// included) and messages given up on after <see cref="OutboxMessage.MaxAttempts"/>.
/// </summary>
public sealed record OutboxStatus(int Pending, int Failed, TimeSpan? OldestPendingAge);

public interface IOutboxMonitor
{
    Task<OutboxStatus> GetStatusAsync(CancellationToken cancellationToken);
}

internal sealed class OutboxMonitor(OutboxData db, TimeProvider time) : IOutboxMonitor
{
    public async Task<OutboxStatus> GetStatusAsync(CancellationToken cancellationToken)
    {
        var waiting = db.Outbox.AsNoTracking().Where(m => m.DispatchedAt == null);
        var pending = await waiting.CountAsync(m => m.Attempts < OutboxMessage.MaxAttempts, cancellationToken);
        var failed = await waiting.CountAsync(m => m.Attempts >= OutboxMessage.MaxAttempts, cancellationToken);
        var oldest = await waiting.Where(m => m.Attempts < OutboxMessage.MaxAttempts).OrderBy(m => m.CreatedAt)
            .Select(m => (DateTime?)m.CreatedAt).FirstOrDefaultAsync(cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        return new OutboxStatus(pending, failed, oldest is { } created ? now - DateTime.SpecifyKind(created, DateTimeKind.Utc) : null);
    }
}
