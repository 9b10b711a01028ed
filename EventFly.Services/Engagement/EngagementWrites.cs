using EventFly.Services.Engagement.Persistence;
using EventFly.Services.Persistence;

namespace EventFly.Services.Engagement;

/// <summary>Engagement's writes go through the writer queue (ADR 0008): a live channel is written by many people at once.</summary>
internal sealed class EngagementWrites(EngagementData db, WriteTransactions writes)
{
    public Task<WriteTransaction> BeginAsync(CancellationToken cancellationToken) => writes.BeginAsync(cancellationToken);

    /// <summary>Saves the tracked changes with the outbox rows added beside them, in one queued transaction.</summary>
    public async Task SaveAsync(CancellationToken cancellationToken)
    {
        await using var transaction = await writes.BeginAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
