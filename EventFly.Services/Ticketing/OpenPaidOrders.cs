using EventFly.Domain.Common;
using EventFly.Domain.Ticketing;
using EventFly.Services.Events.Contracts;
using EventFly.Services.Ticketing.Contracts;
using EventFly.Services.Ticketing.Persistence;
using Microsoft.EntityFrameworkCore;

namespace EventFly.Services.Ticketing;

internal sealed class OpenPaidOrders(TicketingData db, IEventService events, TimeProvider time) : IOpenPaidOrders
{
    public async Task<IReadOnlyList<OpenPaidOrder>> ListAsync(Guid buyerId, CancellationToken cancellationToken)
    {
        var orders = await db.Orders.AsNoTracking()
            .Where(o => o.BuyerId == buyerId && o.Status == OrderStatus.Confirmed && o.TotalAmount > 0)
            .Select(o => new { o.Id, o.EventId, o.TotalAmount, o.Currency })
            .ToListAsync(cancellationToken);
        if (orders.Count == 0) return [];
        var now = time.GetUtcNow();
        var upcoming = (await events.GetSummariesAsync([.. orders.Select(o => o.EventId).Distinct()], cancellationToken))
            .Where(e => e.StartsAt > now).ToDictionary(e => e.Id);
        return [.. orders.Where(o => upcoming.ContainsKey(o.EventId))
            .Select(o => new OpenPaidOrder(o.Id, Order.ReferenceOf(o.Id), o.EventId, upcoming[o.EventId].Name, upcoming[o.EventId].StartsAt,
                new Money(o.TotalAmount, o.Currency)))
            .OrderBy(o => o.StartsAt).ThenBy(o => o.Reference, StringComparer.Ordinal)];
    }
}
