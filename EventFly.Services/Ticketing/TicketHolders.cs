using EventFly.Domain.Ticketing;
using EventFly.Services.Ticketing.Contracts;
using EventFly.Services.Ticketing.Persistence;
using Microsoft.EntityFrameworkCore;

namespace EventFly.Services.Ticketing;

internal sealed class TicketHolders(TicketingData db) : ITicketHolders
{
    public Task<bool> HoldsTicketAsync(Guid userId, Guid eventId, CancellationToken cancellationToken) =>
        TicketsOf(eventId, userId).AnyAsync(cancellationToken);

    public async Task<TicketHolding?> GetHoldingAsync(Guid userId, Guid eventId, CancellationToken cancellationToken) =>
        (await Holdings(eventId, userId).ToListAsync(cancellationToken)).SingleOrDefault();

    public async Task<IReadOnlyList<TicketHolding>> ListHoldersAsync(Guid eventId, CancellationToken cancellationToken) =>
        await Holdings(eventId, userId: null).ToListAsync(cancellationToken);

    public async Task<HolderCounts> CountHoldersAsync(Guid eventId, CancellationToken cancellationToken)
    {
        var holders = await Holdings(eventId, userId: null).ToListAsync(cancellationToken);
        return new HolderCounts(holders.Count, holders.Count(h => h.CheckedIn));
    }

    private IQueryable<TicketHolding> Holdings(Guid eventId, Guid? userId) =>
        from t in TicketsOf(eventId, userId)
        group t by t.BuyerId into person
        orderby person.Key
        select new TicketHolding(person.Key, eventId, person.Count(), person.Count(t => t.CheckedInAt != null) > 0);

    /// <summary>The tickets of the event's confirmed orders (of one buyer when given), each with its buyer.</summary>
    private IQueryable<HeldTicket> TicketsOf(Guid eventId, Guid? buyerId) =>
        from t in db.Tickets
        join o in db.Orders on t.OrderId equals o.Id
        where o.EventId == eventId && o.Status == OrderStatus.Confirmed && (buyerId == null || o.BuyerId == buyerId)
        select new HeldTicket { BuyerId = o.BuyerId, CheckedInAt = t.CheckedInAt };

    private sealed class HeldTicket
    {
        public Guid BuyerId { get; init; }

        public DateTimeOffset? CheckedInAt { get; init; }
    }
}
