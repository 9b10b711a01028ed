using EventFly.Domain.Ticketing;
using EventFly.Services.Ticketing.Contracts;
using EventFly.Services.Ticketing.Persistence;
using Microsoft.EntityFrameworkCore;

namespace EventFly.Services.Ticketing;

internal sealed class TicketHolders(TicketingData db) : ITicketHolders
{
    public Task<bool> HoldsTicketAsync(Guid userId, Guid eventId, CancellationToken cancellationToken) =>
        (from t in db.Tickets
         join o in db.Orders on t.OrderId equals o.Id
         where o.BuyerId == userId && o.EventId == eventId && o.Status == OrderStatus.Confirmed
         select t.Id).AnyAsync(cancellationToken);
}
