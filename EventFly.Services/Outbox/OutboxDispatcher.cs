using System.Diagnostics;
using EventFly.Services.Hosting;
using EventFly.Services.Mail;
using EventFly.Services.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace EventFly.Services.Outbox;

/// <summary>
/// Sends what the outbox holds, at least once: a batch is marked sent after its handlers ran, so a crash in between sends
/// that batch again once its lease ends. The background loop calls it, tests call it directly.
/// </summary>
public interface IOutboxDispatcher
{
    /// <returns>How many messages were dispatched (at most one batch).</returns>
    Task<int> DispatchDueAsync(CancellationToken cancellationToken);
}

internal sealed partial class OutboxDispatcher(
    OutboxData db,
    WriteTransactions writes,
    IEnumerable<IOutboxHandler> handlers,
    IIntegrationEventBus bus,
    TimeProvider time,
    IOptions<MessagingOptions> options,
    OutboxMetrics metrics,
    MessagingMetrics messaging,
    ILogger<OutboxDispatcher> logger) : IOutboxDispatcher
{
    /// <summary>Messages claimed together (one write transaction to claim them, one to mark them sent).</summary>
    public const int BatchSize = 50;

    /// <summary>How long a message waits after the broker could not take it.</summary>
    internal static readonly TimeSpan BrokerRetry = TimeSpan.FromSeconds(2);

    public async Task<int> DispatchDueAsync(CancellationToken cancellationToken)
    {
        var dispatched = await DispatchBatchAsync(cancellationToken);
        await metrics.RefreshAsync(db, cancellationToken);
        return dispatched;
    }

    private async Task<int> DispatchBatchAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var due = await db.Outbox.AsNoTracking()
            .Where(m => m.DispatchedAt == null && m.DueAt <= now && m.Attempts < OutboxMessage.MaxAttempts)
            .OrderBy(m => m.DueAt).Take(BatchSize)
            .ToListAsync(cancellationToken);
        if (due.Count == 0) return 0;

        var claimed = await ClaimAsync(due, now, cancellationToken);
        var dispatched = new List<Guid>(claimed.Count);
        var brokerDown = false;
        foreach (var message in claimed)
        {
            using var sending = OutboxTracing.Dispatching(message);
            try
            {
                if (IntegrationEvents.Known.Contains(message.Type))
                {
                    // Published to every subscribing context (none yet: then only recorded), in process or through the broker.
                    if (brokerDown) throw new BrokerUnavailableException("The message broker did not answer for an earlier message of this batch.");
                    await bus.PublishAsync(message.Type, message.Payload, message.Id, IntegrationEventHeaders.Of(sending, message.TraceParent), cancellationToken);
                }
                else
                {
                    var matching = handlers.Where(h => h.Type == message.Type && h is not IIntegrationEventHandler).ToList();
                    if (matching.Count == 0) throw new InvalidOperationException($"No handler for outbox messages of type '{message.Type}'.");
                    using var mail = MailDispatch.For(message.Id, message.CreatedAt);
                    foreach (var handler in matching) await handler.HandleAsync(message.Payload, cancellationToken);
                }
                dispatched.Add(message.Id);
            }
            catch (BrokerUnavailableException ex)
            {
                // Not the message's fault: it waits for the broker without using up its attempts, however long the outage.
                brokerDown = true;
                await RescheduleAsync(message, time.GetUtcNow().UtcDateTime + BrokerRetry, ex.Message, countAttempt: false, cancellationToken);
                if (ex.InnerException is not null) LogBrokerDown(logger, ex, message.Type, message.Id);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                sending?.SetStatus(ActivityStatusCode.Error, ex.Message);
                var retryAt = time.GetUtcNow().UtcDateTime + TimeSpan.FromSeconds(Math.Pow(2, message.Attempts + 1));
                await RescheduleAsync(message, retryAt, ex.Message, countAttempt: true, cancellationToken);
                LogFailed(logger, ex, message.Type, message.Id, message.Attempts + 1);
                if (message.Attempts + 1 >= OutboxMessage.MaxAttempts) messaging.DeadLettered(MessagingMetrics.Outbox);
            }
        }

        if (dispatched.Count > 0)
        {
            var sentAt = time.GetUtcNow().UtcDateTime;
            await using var transaction = await writes.BeginAsync(cancellationToken);
            await db.Outbox.Where(m => dispatched.Contains(m.Id))
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.DispatchedAt, sentAt), cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        return dispatched.Count;
    }

    /// <summary>
    /// Claims what no other dispatcher (of several containers) has: each message by its own conditional update, all in
    /// one write transaction. A claim hides the message for <see cref="MessagingOptions.OutboxLeaseSeconds"/>, after which a
    /// crashed claim is retried.
    /// </summary>
    private async Task<List<OutboxMessage>> ClaimAsync(List<OutboxMessage> due, DateTime now, CancellationToken cancellationToken)
    {
        var lease = options.Value.OutboxLease;
        var claimed = new List<OutboxMessage>(due.Count);
        await using var transaction = await writes.BeginAsync(cancellationToken);
        foreach (var message in due)
        {
            if (await db.Outbox
                    .Where(m => m.Id == message.Id && m.DispatchedAt == null && m.DueAt <= now)
                    .ExecuteUpdateAsync(s => s.SetProperty(m => m.DueAt, now + lease).SetProperty(m => m.Attempts, m => m.Attempts + 1), cancellationToken) == 1)
                claimed.Add(message);
        }
        await transaction.CommitAsync(cancellationToken);
        return claimed;
    }

    private async Task RescheduleAsync(OutboxMessage message, DateTime retryAt, string error, bool countAttempt, CancellationToken cancellationToken)
    {
        error = error.Length > 2000 ? error[..2000] : error;
        await using var transaction = await writes.BeginAsync(cancellationToken);
        // The claim counted an attempt; a broker outage gives it back.
        var giveBack = countAttempt ? 0 : 1;
        await db.Outbox.Where(m => m.Id == message.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.DueAt, retryAt).SetProperty(m => m.LastError, error)
                .SetProperty(m => m.Attempts, m => m.Attempts - giveBack), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox message {Type} {Id} not published: the message broker is unavailable; it will be retried")]
    private static partial void LogBrokerDown(ILogger logger, Exception exception, string type, Guid id);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox message {Type} {Id} failed (attempt {Attempt}); it will be retried")]
    private static partial void LogFailed(ILogger logger, Exception exception, string type, Guid id, int attempt);
}

/// <summary>
/// Runs the dispatcher every second in every container (claiming keeps them from sending twice); while batches come
/// back full it goes on at once, so a rush of orders does not leave its e-mails queued at one batch a second.
/// </summary>
internal sealed class OutboxBackgroundService(IServiceScopeFactory scopes, TimeProvider time, ILogger<OutboxBackgroundService> logger)
    : RecurringJob(scopes, time, logger)
{
    protected override TimeSpan Interval => TimeSpan.FromSeconds(1);

    protected override Task RunOnceAsync(IServiceProvider services, CancellationToken cancellationToken) => DrainAsync(services, cancellationToken);

    /// <summary>One round: batch after batch while they come back full.</summary>
    internal static async Task DrainAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        // Each batch in a scope of its own: handlers share the dispatcher's DbContext, which should not grow over a drain.
        var scopes = services.GetRequiredService<IServiceScopeFactory>();
        int sent;
        do
        {
            await using var batch = scopes.CreateAsyncScope();
            sent = await batch.ServiceProvider.GetRequiredService<IOutboxDispatcher>().DispatchDueAsync(cancellationToken);
        }
        while (sent == OutboxDispatcher.BatchSize);
    }
}
