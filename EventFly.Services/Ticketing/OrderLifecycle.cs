using EventFly.Domain.Common;
using EventFly.Domain.Ticketing;
using EventFly.Services.Common;
using EventFly.Services.Events.Contracts;
using EventFly.Services.Outbox;
using EventFly.Services.Payments.Contracts;
using EventFly.Services.Persistence;
using EventFly.Services.Ticketing.Contracts;
using EventFly.Services.Ticketing.Persistence;
using Microsoft.EntityFrameworkCore;

namespace EventFly.Services.Ticketing;

/// <summary>
/// Every change of an existing order's status: cancel (by buyer, staff, or the event's cancellation), payment arrived,
/// checkout ended, hold expired. Each is conditional on the status read, so two of them racing cannot both apply.
/// </summary>
internal sealed class OrderLifecycle(
    TicketingData db,
    WriteTransactions writes,
    OrderAccess orderAccess,
    IPaymentService payments,
    SeatLedger seats,
    WaitlistOffers waitlist,
    OrderViews views,
    TicketingMetrics metrics,
    TimeProvider time) : IOrderLifecycle
{
    public async Task<OrderView> CancelOrderAsync(Actor actor, Guid orderId, CancellationToken cancellationToken)
    {
        var order = await db.Orders.AsNoTracking().SingleOrDefaultAsync(o => o.Id == orderId, cancellationToken) ?? throw OrderAccess.UnknownOrder();
        // Only those who may cancel it learn that it exists here (as before the rules moved into Ticketing).
        var asBuyer = await orderAccess.RequireBuyerOrStaffAsync(actor, order, Permissions.OrdersRefund, cancellationToken);
        return await CancelAsync(orderId, asBuyer, cancellationToken);
    }

    /// <summary>Cancels the order as staff would; one closed meanwhile (paid out, expired, cancelled) is left as it is.</summary>
    internal async Task CancelIfOpenAsync(Guid orderId, CancellationToken cancellationToken, bool eventCancelled = false)
    {
        try
        {
            await CancelAsync(orderId, asBuyer: false, cancellationToken, eventCancelled);
        }
        catch (DomainException ex) when (ex.Code is TicketingErrors.OrderClosed or TicketingErrors.OrderChanged)
        {
            // Someone else closed it: nothing left to do.
        }
        db.ChangeTracker.Clear();
    }

    /// <summary>The buyer left the checkout (or it expired at the gateway): a still-pending order is cancelled, seats return.</summary>
    internal async Task AbandonCheckoutAsync(Guid orderId, CancellationToken cancellationToken)
    {
        if (await db.Orders.AsNoTracking().AnyAsync(o => o.Id == orderId && o.Status == OrderStatus.PendingPayment, cancellationToken))
            await CancelIfOpenAsync(orderId, cancellationToken);
    }

    /// <summary>Payment arrived: tickets are issued. Late payments whose seats were resold are refunded and the order cancelled.</summary>
    internal async Task<OrderView> ConfirmPaymentAsync(Guid orderId, CancellationToken cancellationToken)
    {
        var order = await db.Orders.Include(o => o.Lines).Include(o => o.Tickets).SingleOrDefaultAsync(o => o.Id == orderId, cancellationToken)
            ?? throw OrderAccess.UnknownOrder();
        if (order.Status == OrderStatus.Confirmed) return await views.ToViewAsync(order, cancellationToken);
        var types = await views.TypesAsync(order.Lines.Select(l => l.TicketTypeId), cancellationToken);
        var now = time.GetUtcNow();
        await using (var transaction = await writes.BeginAsync(cancellationToken))
        {
            try
            {
                foreach (var line in order.Lines)
                {
                    // Held seats become sold; a late payment must win its seats back first.
                    if (order.HoldsSeats) await seats.SellHeldAsync(line.TicketTypeId, line.Quantity, cancellationToken);
                    else if (order.Status == OrderStatus.Expired) await seats.TakeAsync(types[line.TicketTypeId], line.Quantity, sell: true, cancellationToken);
                }
                order.Confirm(now);
                AnnounceConfirmed(transaction, order, now);
                await SaveOnceAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                return await views.ToViewAsync(order, cancellationToken);
            }
            catch (DomainException ex) when (ex.Code is TicketingErrors.SoldOut or TicketingErrors.OrderClosed)
            {
                await transaction.RollbackAsync(cancellationToken);
            }
        }

        // Paid too late (seats resold) or after a cancel: the money goes back.
        db.ChangeTracker.Clear();
        var closed = await db.Orders.Include(o => o.Lines).Include(o => o.Tickets).SingleAsync(o => o.Id == orderId, cancellationToken);
        db.Add(IntegrationEvents.ToOutbox(new RefundRequestedV1(closed.Id, closed.TotalAmount, now)));
        if (closed.Status == OrderStatus.Expired) closed.RejectLatePayment(now);
        db.Add(TicketMails.Message(new TicketMail(TicketMailKind.Cancellation, closed.Id, Refunded: true), now));
        await SaveOnceAsync(cancellationToken);
        return await views.ToViewAsync(closed, cancellationToken);
    }

    /// <summary>Releases the seats of unpaid orders and of waitlist offers past their time.</summary>
    /// <returns>How many orders and offers expired.</returns>
    internal async Task<int> ExpireHoldsAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var due = await db.Orders.AsNoTracking().Where(o => o.Status == OrderStatus.PendingPayment && o.ExpiresAt <= now)
            .OrderBy(o => o.ExpiresAt).Select(o => o.Id).Take(100).ToListAsync(cancellationToken);
        var expired = 0;
        foreach (var id in due)
        {
            // Reconciliation: a checkout paid while its notice went missing is confirmed (by the notice) instead of released.
            if (await payments.ReconcileOrderAsync(id, cancellationToken)) continue;
            db.ChangeTracker.Clear();
            var order = await db.Orders.Include(o => o.Lines).SingleAsync(o => o.Id == id, cancellationToken);
            if (order.Status != OrderStatus.PendingPayment) continue;
            order.Expire(now);
            await using var transaction = await writes.BeginAsync(cancellationToken);
            await ReleaseSeatsAsync(order, sold: false, now, cancellationToken);
            try
            {
                await SaveOnceAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                expired++;
            }
            catch (DomainException ex) when (ex.Code == TicketingErrors.OrderChanged)
            {
                // Paid or cancelled meanwhile: whoever changed it accounted for its seats.
                await transaction.RollbackAsync(cancellationToken);
            }
        }
        db.ChangeTracker.Clear();
        return expired + await waitlist.ExpireOffersAsync(now, cancellationToken);
    }

    /// <summary>
    /// Tells other contexts (and the buyer, by e-mail) that an order's tickets were issued, in the order's transaction;
    /// the one place every confirmation passes, so it is counted here, once that transaction commits.
    /// </summary>
    internal void AnnounceConfirmed(WriteTransaction transaction, Order order, DateTimeOffset now)
    {
        db.Add(IntegrationEvents.ToOutbox(Confirmed(order, now)));
        db.Add(TicketMails.Message(new TicketMail(TicketMailKind.Confirmation, order.Id), now));
        transaction.OnCommitted(() => metrics.OrderConfirmed(order));
    }

    /// <summary>What other contexts learn of a confirmed order (also when Ticketing's history is replayed).</summary>
    internal static OrderConfirmedV1 Confirmed(Order order, DateTimeOffset at) =>
        new(order.Id, order.EventId, order.BuyerId, order.TotalAmount, order.Currency, order.Tickets.Count, at,
            [.. order.Lines.Select(l => new OrderLineV1(l.TicketTypeId, l.Quantity, l.UnitPrice))]);

    /// <summary>
    /// Cancels the order and returns its seats (and the money). As the buyer: only before the event starts, and only
    /// where every ticket type allows buyers to cancel.
    /// </summary>
    private async Task<OrderView> CancelAsync(Guid orderId, bool asBuyer, CancellationToken cancellationToken, bool eventCancelled = false)
    {
        var order = await db.Orders.Include(o => o.Lines).Include(o => o.Tickets).SingleOrDefaultAsync(o => o.Id == orderId, cancellationToken)
            ?? throw OrderAccess.UnknownOrder();
        var now = time.GetUtcNow();
        // Read once: the buyer's checks and the answer both need them.
        var summary = await views.EventOfAsync(order.EventId, cancellationToken);
        var types = await views.TypesAsync(order.Lines.Select(l => l.TicketTypeId), cancellationToken);
        if (asBuyer)
        {
            if (now >= summary.StartsAt)
                throw new DomainException(TicketingErrors.EventStarted, "The event has started; ask the organizer to cancel.");
            if (types.Values.FirstOrDefault(t => !t.BuyerCancellable) is { } fixedType)
                throw new DomainException(TicketingErrors.NotCancellable, $"'{fixedType.Name}' tickets cannot be cancelled by the buyer; ask the organizer.");
        }
        var sold = order.SellsSeats;
        var refund = sold && order.TotalAmount > 0;
        order.Cancel(now);

        await using var transaction = await writes.BeginAsync(cancellationToken);
        await ReleaseSeatsAsync(order, sold, now, cancellationToken);
        if (refund) db.Add(IntegrationEvents.ToOutbox(new RefundRequestedV1(order.Id, order.TotalAmount, now)));
        db.Add(IntegrationEvents.ToOutbox(new OrderCancelledV1(order.Id, order.EventId, order.BuyerId, refund, now)));
        db.Add(TicketMails.Message(new TicketMail(TicketMailKind.Cancellation, order.Id, refund, eventCancelled), now));
        await SaveOnceAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return await views.ToViewAsync(order, summary.Name, types, cancellationToken);
    }

    /// <summary>Returns the order's seats to sale, offering them to the waitlist first.</summary>
    private async Task ReleaseSeatsAsync(Order order, bool sold, DateTimeOffset now, CancellationToken cancellationToken)
    {
        foreach (var line in order.Lines) await seats.ReleaseAsync(line.TicketTypeId, line.Quantity, sold, cancellationToken);
        foreach (var line in order.Lines) await waitlist.OfferReleasedSeatsAsync(line.TicketTypeId, now, cancellationToken);
    }

    /// <summary>Saves an order's change only if its status is still the one read (two cancels, a cancel and a payment...).</summary>
    private async Task SaveOnceAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new DomainException(TicketingErrors.OrderChanged, "The order changed meanwhile; reload it and try again.");
        }
    }
}
