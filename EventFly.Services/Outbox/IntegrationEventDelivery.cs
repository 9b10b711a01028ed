using System.Diagnostics;
using EventFly.Services.Persistence;
using Microsoft.EntityFrameworkCore;

namespace EventFly.Services.Outbox;

/// <summary>
/// Hands one integration event to one consumer's handlers, at most once in effect: a message this consumer has
/// already applied (its <see cref="ProcessedMessage"/> row) is dropped, and one applied now is recorded. Both
/// transports deliver through it; a handler that ran but whose record did not commit runs again (handlers stay idempotent).
/// </summary>
internal sealed class IntegrationEventDelivery(OutboxData db, WriteTransactions writes, IEnumerable<IOutboxHandler> handlers, TimeProvider time)
{
    /// <summary>The consumers (contexts) and the message types each one subscribes to.</summary>
    public IReadOnlyDictionary<string, IReadOnlySet<string>> Subscriptions() => Subscriptions(handlers);

    public static IReadOnlyDictionary<string, IReadOnlySet<string>> Subscriptions(IEnumerable<IOutboxHandler> handlers) =>
        handlers.OfType<IIntegrationEventHandler>()
            .GroupBy(h => h.Consumer, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, IReadOnlySet<string> (g) => g.Select(h => h.Type).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);

    /// <param name="parent">The trace the consumer's span continues (the message's headers); default: the current activity's.</param>
    /// <returns>False when the consumer had already applied the message (or has no handler for its type).</returns>
    public async Task<bool> DeliverAsync(string consumer, string type, string payload, Guid messageId, ActivityContext parent, CancellationToken cancellationToken)
    {
        var matching = handlers.OfType<IIntegrationEventHandler>().Where(h => h.Consumer == consumer && h.Type == type).ToList();
        if (matching.Count == 0) return false;
        if (await db.Processed.AsNoTracking().AnyAsync(p => p.Consumer == consumer && p.MessageId == messageId, cancellationToken)) return false;

        using var consuming = OutboxTracing.Consuming(type, consumer, parent);
        foreach (var handler in matching) await handler.HandleAsync(payload, cancellationToken);

        var processed = new ProcessedMessage(consumer, messageId, time.GetUtcNow());
        try
        {
            await using var transaction = await writes.BeginAsync(cancellationToken);
            db.Processed.Add(processed);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException ex) when (ex.IsViolationOf(ProcessedMessageConfiguration.Key))
        {
            return false; // a concurrent delivery of the same message recorded it first
        }
        finally
        {
            db.Entry(processed).State = EntityState.Detached;
        }
    }
}
