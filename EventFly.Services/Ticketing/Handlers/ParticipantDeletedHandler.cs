using EventFly.Domain.Ticketing;
using EventFly.Services.Identity.Contracts;
using EventFly.Services.Outbox;
using EventFly.Services.Persistence;
using EventFly.Services.Ticketing.Contracts;
using EventFly.Services.Ticketing.Persistence;
using Microsoft.EntityFrameworkCore;

namespace EventFly.Services.Ticketing.Handlers;

/// <summary>
/// Ticketing's answer to <see cref="ParticipantDeletedV1"/> (ADR 0030). Orders stay, with their amounts, dates,
/// currency and reference (accounting), tied to the anonymized account only by its id. Unpaid checkouts are cancelled;
/// paid orders for events to come are cancelled and refunded when the person asked for it, kept otherwise; waitlist
/// places are given up; idempotency keys go. Safe to run twice: closed orders and places are skipped.
/// </summary>
internal sealed class ParticipantDeletedHandler(
    TicketingData db, OrderLifecycle orders, IOpenPaidOrders openPaid, WaitlistOffers offers, WriteTransactions writes, TimeProvider time)
    : IntegrationEventHandler<ParticipantDeletedV1>
{
    protected override async Task HandleAsync(ParticipantDeletedV1 deleted, CancellationToken cancellationToken)
    {
        var pending = await db.Orders.AsNoTracking()
            .Where(o => o.BuyerId == deleted.UserId && o.Status == OrderStatus.PendingPayment).Select(o => o.Id).ToListAsync(cancellationToken);
        foreach (var orderId in pending) await orders.CancelIfOpenAsync(orderId, cancellationToken);
        if (deleted.CancelOpenPaidOrders)
            foreach (var order in await openPaid.ListAsync(deleted.UserId, cancellationToken)) await orders.CancelIfOpenAsync(order.OrderId, cancellationToken);

        var places = await db.WaitlistEntries
            .Where(w => w.UserId == deleted.UserId && (w.Status == WaitlistStatus.Waiting || w.Status == WaitlistStatus.Offered)).ToListAsync(cancellationToken);
        foreach (var place in places)
        {
            if (!place.Leave())
            {
                await db.SaveChangesAsync(cancellationToken);
                continue;
            }
            await using var transaction = await writes.BeginAsync(cancellationToken);
            if (await offers.ReleaseAndSaveAsync(place, time.GetUtcNow(), cancellationToken)) await transaction.CommitAsync(cancellationToken);
        }
        await db.IdempotencyRecords.Where(r => r.UserId == deleted.UserId).ExecuteDeleteAsync(cancellationToken);
    }
}
