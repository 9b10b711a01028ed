using System.Runtime.CompilerServices;
using EventFly.Domain.Ticketing;
using EventFly.Services.Common;
using EventFly.Services.Ticketing.Contracts;
using EventFly.Services.Ticketing.Persistence;
using Microsoft.EntityFrameworkCore;

namespace EventFly.Services.Ticketing;

/// <summary>Ticketing's past as it announced it: each order's confirmation (when its tickets were issued) and cancellation, each first check-in.</summary>
internal sealed class TicketingHistory(TicketingData db) : IIntegrationEventHistory
{
    public async IAsyncEnumerable<object> ReplayAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var orders = db.Orders.AsNoTracking().Include(o => o.Lines).Include(o => o.Tickets).AsSplitQuery()
            .Where(o => o.Status == OrderStatus.Confirmed || o.Status == OrderStatus.Cancelled).OrderBy(o => o.Id);
        await foreach (var order in orders.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            // Issued tickets mark a confirmation (a cancelled order keeps them); without any it was cancelled unpaid.
            if (order.Tickets.Count > 0) yield return OrderLifecycle.Confirmed(order, order.Tickets.Min(t => t.IssuedAt));
            if (order.Status == OrderStatus.Cancelled)
                yield return new OrderCancelledV1(order.Id, order.EventId, order.BuyerId, order.Tickets.Count > 0 && order.TotalAmount > 0, order.ClosedAt!.Value);
            foreach (var ticket in order.Tickets.Where(t => t.CheckedInAt is not null))
                yield return new TicketCheckedInV1(ticket.Id, order.EventId, ticket.CheckedInBy ?? Guid.Empty, ticket.CheckedInAt!.Value, order.BuyerId);
        }
    }
}
