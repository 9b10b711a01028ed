using EventFly.Services.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace EventFly.Services.Outbox;

/// <summary>
/// Deletes the <see cref="ProcessedMessage"/> rows older than <see cref="MessagingOptions.ProcessedRetentionHours"/>: by
/// then no repeat of their message can arrive (<see cref="MessagingOptions.RepeatHorizon"/>). A delete by age alone, so
/// several workers pruning at once delete the same rows, harmlessly.
/// </summary>
internal sealed class ProcessedMessagePruner(OutboxData db, WriteTransactions writes, IOptions<MessagingOptions> options, TimeProvider time)
{
    /// <returns>How many rows were deleted.</returns>
    public async Task<int> PruneAsync(CancellationToken cancellationToken)
    {
        var before = time.GetUtcNow().UtcDateTime - options.Value.ProcessedRetention;
        await using var transaction = await writes.BeginAsync(cancellationToken);
        var deleted = await db.Processed.Where(p => p.ProcessedAt < before).ExecuteDeleteAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return deleted;
    }
}
