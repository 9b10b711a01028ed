using EventFly.Domain.Ticketing;
using EventFly.Services.Events.Contracts;
using EventFly.Services.Outbox;
using EventFly.Services.Persistence;
using Microsoft.EntityFrameworkCore;
using EventFly.Services.Ticketing.Persistence;

namespace EventFly.Services.Ticketing.Handlers;

/// <summary>
/// Ticketing's answer to <see cref="EventCancelledV1"/>: every open order of the event is cancelled as staff would cancel
/// it (paid ones refunded, every buyer told by e-mail). Safe to run twice: closed orders are skipped.
/// </summary>
internal sealed class EventCancelledHandler(TicketingData db, OrderLifecycle orders) : IntegrationEventHandler<EventCancelledV1>
{
    protected override async Task HandleAsync(EventCancelledV1 cancelled, CancellationToken cancellationToken)
    {
        var open = await db.Orders.AsNoTracking()
            .Where(o => o.EventId == cancelled.EventId && (o.Status == OrderStatus.Confirmed || o.Status == OrderStatus.PendingPayment))
            .Select(o => o.Id).ToListAsync(cancellationToken);
        foreach (var orderId in open) await orders.CancelIfOpenAsync(orderId, cancellationToken, eventCancelled: true);
    }
}
