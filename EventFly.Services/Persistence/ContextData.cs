using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Infrastructure;
using EventFly.Services.Hosting;
using EventFly.Services.Outbox;

namespace EventFly.Services.Persistence;

/// <summary>
/// One context's view of the database (ADR 0013): its own tables as named sets, plus the outbox it announces through,
/// and saving. All views of a scope share one DbContext, so a change and its outbox messages commit together; no view
/// exposes another context's tables, and only Persistence namespaces know the DbContext type (architecture tests).
/// </summary>
internal abstract class ContextData(EventFlyDbContext db)
{
    public DbSet<OutboxMessage> Outbox => db.Set<OutboxMessage>();

    public ChangeTracker ChangeTracker => db.ChangeTracker;

    public DatabaseFacade Database => db.Database;

    public void Add<T>(T entity) where T : class => db.Add(entity);

    public EntityEntry<T> Entry<T>(T entity) where T : class => db.Entry(entity);

    public Task<int> SaveChangesAsync(CancellationToken cancellationToken) => db.SaveChangesAsync(cancellationToken);

    protected DbSet<T> Set<T>() where T : class => db.Set<T>();
}

/// <summary>The outbox alone, for its dispatcher, and the integration events each consumer has applied.</summary>
internal sealed class OutboxData(EventFlyDbContext db) : ContextData(db)
{
    public DbSet<ProcessedMessage> Processed => Set<ProcessedMessage>();
}

/// <summary>The job leases alone, for <see cref="JobLeases"/>.</summary>
internal sealed class JobLeaseData(EventFlyDbContext db) : ContextData(db)
{
    public DbSet<JobLease> Leases => Set<JobLease>();
}
