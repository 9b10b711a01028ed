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

/// <summary>A database transaction that also leaves the writer queue when disposed (rolled back unless committed).</summary>
internal sealed class WriteTransaction(IDbContextTransaction transaction, SemaphoreSlim? entered) : IAsyncDisposable
{
    public Task CommitAsync(CancellationToken cancellationToken) => transaction.CommitAsync(cancellationToken);

    public Task RollbackAsync(CancellationToken cancellationToken) => transaction.RollbackAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        try
        {
            await transaction.DisposeAsync();
        }
        finally
        {
            entered?.Release();
        }
    }
}
