using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace EventFly.Services.Persistence;

/// <summary>Brings the database schema up to date; the host calls it once before it serves anything.</summary>
public interface IDatabaseMigrator
{
    Task MigrateAsync(CancellationToken cancellationToken);
}

internal sealed partial class DatabaseMigrator(EventFlyDbContext db, ILogger<DatabaseMigrator> logger) : IDatabaseMigrator
{
    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        // SQLite in write-ahead-log mode: readers never block the writer nor wait for it, and a commit appends to the log
        // (ADR 0008). The mode is stored in the file, so setting it once per start is enough.
        if (db.Database.IsSqlite()) await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        if (pending.Count == 0)
        {
            LogUpToDate(logger);
            return;
        }
        LogApplying(logger, pending.Count, pending);
        await db.Database.MigrateAsync(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Database schema is up to date")]
    private static partial void LogUpToDate(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Applying {Count} migration(s): {Migrations}")]
    private static partial void LogApplying(ILogger logger, int count, IReadOnlyList<string> migrations);
}
