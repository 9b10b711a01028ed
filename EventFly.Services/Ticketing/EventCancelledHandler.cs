using System.Text.Json;
using EventFly.Domain.Events;
using EventFly.Domain.Ticketing;
using EventFly.Services.Events;
using EventFly.Services.Outbox;
using EventFly.Services.Persistence;
using Microsoft.EntityFrameworkCore;

namespace EventFly.Services.Ticketing;

/// <summary>
/// Ticketing's answer to <c>events.cancelled</c>: every open order of the event is cancelled as staff would cancel it
/// (paid ones refunded, every buyer told by e-mail). Safe to run twice: closed orders are skipped.
/// </summary>
internal sealed class EventCancelledHandler(EventFlyDbContext db, TicketingService ticketing) : IOutboxHandler
{
    public string Type => IntegrationEvents.Cancelled;

    public async Task HandleAsync(string payload, CancellationToken cancellationToken)
    {
        var cancelled = JsonSerializer.Deserialize<EventCancelled>(payload)!;
        var open = await db.Set<Order>().AsNoTracking()
            .Where(o => o.EventId == cancelled.EventId && (o.Status == OrderStatus.Confirmed || o.Status == OrderStatus.PendingPayment))
            .Select(o => o.Id).ToListAsync(cancellationToken);
        foreach (var orderId in open) await ticketing.CancelIfOpenAsync(orderId, cancellationToken);
    }
}
