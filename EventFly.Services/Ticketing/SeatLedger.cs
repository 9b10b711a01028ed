using EventFly.Domain.Common;
using EventFly.Domain.Ticketing;
using EventFly.Services.Persistence;
using Microsoft.EntityFrameworkCore;
using EventFly.Services.Ticketing.Contracts;
using EventFly.Services.Ticketing.Persistence;

namespace EventFly.Services.Ticketing;

/// <summary>
/// The only code that changes seat counters, always by one conditional UPDATE per row (capacity checked in the WHERE
/// clause), never read-then-written, so concurrent buyers cannot oversell. Every call runs inside the caller's transaction
/// together with the order or waitlist change it accounts for; the check constraint in the database is the last guard.
/// </summary>
internal sealed class SeatLedger(TicketingData db)
{
    /// <summary>Takes seats of a ticket type and its quota, sold (free order) or held (awaiting payment); throws <c>sold_out</c>.</summary>
    public async Task TakeAsync(TicketType type, int quantity, bool sell, CancellationToken cancellationToken)
    {
        if (!await TakeAsync(db.TicketTypes.Where(t => t.Id == type.Id), quantity, sell, cancellationToken)
            || (type.QuotaId is { } quotaId && !await TakeAsync(db.Quotas.Where(q => q.Id == quotaId), quantity, sell, cancellationToken)))
            throw new DomainException(TicketingErrors.SoldOut, $"Not enough '{type.Name}' tickets left.");
    }

    /// <summary>Returns sold or held seats to sale.</summary>
    public Task ReleaseAsync(Guid ticketTypeId, int quantity, bool sold, CancellationToken cancellationToken) =>
        ChangeAsync(ticketTypeId, sold ? -quantity : 0, sold ? 0 : -quantity, cancellationToken);

    /// <summary>A held seat was paid for (or claimed): it counts as sold now. Capacity is unchanged, so this cannot fail.</summary>
    public Task SellHeldAsync(Guid ticketTypeId, int quantity, CancellationToken cancellationToken) =>
        ChangeAsync(ticketTypeId, quantity, -quantity, cancellationToken);

    /// <summary>Moves the counters of the type and of its quota, if it has one (found by the UPDATE itself, not read first).</summary>
    private async Task ChangeAsync(Guid ticketTypeId, int sold, int held, CancellationToken cancellationToken)
    {
        await db.TicketTypes.Where(t => t.Id == ticketTypeId)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.Sold, t => t.Sold + sold).SetProperty(t => t.Held, t => t.Held + held), cancellationToken);
        await db.Quotas.Where(q => db.TicketTypes.Any(t => t.Id == ticketTypeId && t.QuotaId == q.Id))
            .ExecuteUpdateAsync(s => s.SetProperty(q => q.Sold, q => q.Sold + sold).SetProperty(q => q.Held, q => q.Held + held), cancellationToken);
    }

    private static async Task<bool> TakeAsync(IQueryable<TicketType> type, int quantity, bool sell, CancellationToken cancellationToken)
    {
        var free = type.Where(t => t.Sold + t.Held + quantity <= t.Capacity);
        return 1 == (sell
            ? await free.ExecuteUpdateAsync(s => s.SetProperty(t => t.Sold, t => t.Sold + quantity), cancellationToken)
            : await free.ExecuteUpdateAsync(s => s.SetProperty(t => t.Held, t => t.Held + quantity), cancellationToken));
    }

    private static async Task<bool> TakeAsync(IQueryable<Quota> quota, int quantity, bool sell, CancellationToken cancellationToken)
    {
        var free = quota.Where(q => q.Sold + q.Held + quantity <= q.Capacity);
        return 1 == (sell
            ? await free.ExecuteUpdateAsync(s => s.SetProperty(q => q.Sold, q => q.Sold + quantity), cancellationToken)
            : await free.ExecuteUpdateAsync(s => s.SetProperty(q => q.Held, q => q.Held + quantity), cancellationToken));
    }
}
