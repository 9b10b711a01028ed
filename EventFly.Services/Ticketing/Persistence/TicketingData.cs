using EventFly.Domain.Ticketing;
using EventFly.Services.Persistence;
using Microsoft.EntityFrameworkCore;

namespace EventFly.Services.Ticketing.Persistence;

/// <summary>The Ticketing context's tables, and the secret its ticket codes are signed with.</summary>
internal sealed class TicketingData(EventFlyDbContext db) : ContextData(db)
{
    public DbSet<TicketType> TicketTypes => Set<TicketType>();

    public DbSet<Quota> Quotas => Set<Quota>();

    public DbSet<Order> Orders => Set<Order>();

    public DbSet<OrderLine> OrderLines => Set<OrderLine>();

    public DbSet<Ticket> Tickets => Set<Ticket>();

    public DbSet<WaitlistEntry> WaitlistEntries => Set<WaitlistEntry>();

    public DbSet<IdempotencyRecord> IdempotencyRecords => Set<IdempotencyRecord>();

    public DbSet<AppSecret> Secrets => Set<AppSecret>();
}
