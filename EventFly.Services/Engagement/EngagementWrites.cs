using EventFly.Domain.Common;
using EventFly.Services.Engagement.Persistence;
using EventFly.Services.Persistence;
using Microsoft.EntityFrameworkCore;

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

    /// <summary>
    /// Saves, in the caller's transaction, a row that an "only once" rule allows once per person: when its unique index or key
    /// (<paramref name="constraintName"/>) refuses it, because a racing request stored it first, everything is rolled back
    /// and the rule's 409 (<paramref name="code"/>) is thrown. Any other failure passes through.
    /// </summary>
    public async Task SaveOnceAsync(WriteTransaction transaction, string constraintName, string code, string message, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (ex.IsViolationOf(constraintName))
        {
            throw await RefuseAsync(transaction, new DomainException(code, message), cancellationToken);
        }
    }

    /// <summary>Rolls the caller's transaction back and forgets what it tracked; returns <paramref name="refusal"/> for the caller to throw.</summary>
    public async Task<Exception> RefuseAsync(WriteTransaction transaction, Exception refusal, CancellationToken cancellationToken)
    {
        await transaction.RollbackAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return refusal;
    }
}
