using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace EventFly.Services.Persistence;

/// <summary>
/// Begins the transactions of contended writes (seats, check-ins). SQLite admits one writer at a time and makes the
/// others poll with growing sleeps; under a rush most of the time went to those sleeps. With SQLite, writers of this
/// process therefore queue here first (ADR 0008); SQL Server locks rows and needs no queue.
/// </summary>
internal sealed class WriteTransactions(EventFlyDbContext db, WriteGate gate)
{
    public async Task<WriteTransaction> BeginAsync(CancellationToken cancellationToken)
    {
        var entered = await gate.EnterAsync(cancellationToken);
        try
        {
            return new WriteTransaction(await db.Database.BeginTransactionAsync(cancellationToken), entered);
        }
        catch
        {
            entered?.Release();
            throw;
        }
    }
}

/// <summary>One process-wide queue of writers, for SQLite only (<see cref="Semaphore"/> is null for SQL Server).</summary>
internal sealed class WriteGate(bool queueWriters) : IDisposable
{
    public SemaphoreSlim? Semaphore { get; } = queueWriters ? new SemaphoreSlim(1, 1) : null;

    public async Task<SemaphoreSlim?> EnterAsync(CancellationToken cancellationToken)
    {
        if (Semaphore is not null) await Semaphore.WaitAsync(cancellationToken);
        return Semaphore;
    }

    public void Dispose() => Semaphore?.Dispose();
}

/// <summary>
/// A database transaction that leaves the writer queue as soon as it is committed or rolled back (so whatever the
/// caller does next, e.g. reading the result or calling a payment gateway, does not hold up other writers), or at the
/// latest when disposed (rolled back unless committed).
/// </summary>
internal sealed class WriteTransaction(IDbContextTransaction transaction, SemaphoreSlim? entered) : IAsyncDisposable
{
    private SemaphoreSlim? _entered = entered;
    private List<Action>? _committed;

    /// <summary>Runs <paramref name="action"/> once the transaction has committed, never if it rolls back (counting what happened).</summary>
    public void OnCommitted(Action action) => (_committed ??= []).Add(action);

    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        await transaction.CommitAsync(cancellationToken);
        Leave();
        foreach (var action in Interlocked.Exchange(ref _committed, null) ?? []) action();
    }

    public async Task RollbackAsync(CancellationToken cancellationToken)
    {
        await transaction.RollbackAsync(cancellationToken);
        Leave();
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await transaction.DisposeAsync();
        }
        finally
        {
            Leave();
        }
    }

    private void Leave() => Interlocked.Exchange(ref _entered, null)?.Release();
}
