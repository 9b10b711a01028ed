using System.Security.Cryptography;
using System.Text;
using EventFly.Domain.Common;
using EventFly.Domain.Ticketing;
using EventFly.Services.Common;
using EventFly.Services.Events.Contracts;
using EventFly.Services.Identity.Contracts;
using EventFly.Services.Outbox;
using EventFly.Services.Payments.Contracts;
using EventFly.Services.Persistence;
using EventFly.Services.Ticketing.Configurations;
using EventFly.Services.Ticketing.Contracts;
using EventFly.Services.Ticketing.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace EventFly.Services.Ticketing;

internal sealed class OrderPlacement(
    TicketingData db,
    WriteTransactions writes,
    IEventAccess access,
    IProfileService accounts,
    IPaymentService payments,
    SeatLedger seats,
    OrderViews views,
    OrderLifecycle lifecycle,
    IOptions<EventFlyOptions> options,
    TimeProvider time) : IOrderPlacement
{
    /// <summary>How long a paid order holds its seats while payment happens.</summary>
    public static readonly TimeSpan HoldFor = TimeSpan.FromMinutes(15);

    public async Task<OrderView> PlaceOrderAsync(Actor actor, Guid eventId, IReadOnlyList<OrderLineRequest> lines, string? idempotencyKey, CancellationToken cancellationToken)
    {
        if (!actor.IsSignedIn) throw new ForbiddenException(CommonErrors.Forbidden, "Sign in to order tickets.");
        var buyerId = actor.UserId;
        var requestHash = Hash(eventId, lines);
        if (idempotencyKey is not null && await ReplayAsync(buyerId, idempotencyKey, requestHash, cancellationToken) is { } replayed) return replayed;

        var summary = await views.EventOfAsync(eventId, cancellationToken);
        if (summary.Status != EventState.Published)
        {
            // Not on sale; a draft does not even exist for anyone but its staff (published events need no such check).
            await access.ReadAsync(actor, eventId, cancellationToken);
            throw new DomainException(TicketingErrors.SalesClosed, "This event is not on sale.");
        }
        var types = await views.TypesAsync(lines.Select(l => l.TicketTypeId), cancellationToken);
        var now = time.GetUtcNow();
        var order = Order.Place(eventId, buyerId,
            [.. lines.Select(l => (types.GetValueOrDefault(l.TicketTypeId) ?? throw new NotFoundException(TicketingErrors.UnknownTicketType, "That ticket type is not part of this event."), l.Quantity))],
            now, HoldFor);

        await using var transaction = await writes.BeginAsync(cancellationToken);
        foreach (var line in order.Lines) await seats.TakeAsync(types[line.TicketTypeId], line.Quantity, sell: order.SellsSeats, cancellationToken);
        AddOrder(transaction, order, now);
        if (idempotencyKey is not null) db.Add(new IdempotencyRecord(buyerId, idempotencyKey, requestHash, order.Id, now));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (idempotencyKey is not null && ex.IsViolationOf(IdempotencyRecordConfiguration.OneRecordPerKey))
        {
            // The same key raced us and won: its order is the answer (the seats we took are rolled back).
            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
            if (await ReplayAsync(buyerId, idempotencyKey, requestHash, cancellationToken) is { } winner) return winner;
            throw;
        }
        await OpenCheckoutAsync(order, types, cancellationToken);
        return await views.ToViewAsync(order, summary.Name, types, cancellationToken);
    }

    /// <summary>Adds a new order whose seats the caller has taken, in the caller's transaction; a confirmed one is announced.</summary>
    internal void AddOrder(WriteTransaction transaction, Order order, DateTimeOffset now)
    {
        db.Add(order);
        if (order.Status == OrderStatus.Confirmed) lifecycle.AnnounceConfirmed(transaction, order, now);
    }

    /// <summary>
    /// After the order's transaction (no gateway call while holding the write lock): a pending order gets its checkout.
    /// If the gateway cannot open one, the order is cancelled so its seats return at once.
    /// </summary>
    internal async Task OpenCheckoutAsync(Order order, IReadOnlyDictionary<Guid, TicketType> types, CancellationToken cancellationToken)
    {
        if (order.Status != OrderStatus.PendingPayment) return;
        try
        {
            var buyer = await accounts.GetAccountAsync(order.BuyerId, cancellationToken);
            var url = await payments.StartOrderCheckoutAsync(new OrderCheckout(order.Id, new Money(order.TotalAmount, order.Currency),
                [.. order.Lines.Select(l => new CheckoutLine(types[l.TicketTypeId].Name, new Money(l.UnitPrice, order.Currency).ToMinorUnits(), l.Quantity))],
                order.ExpiresAt!.Value, buyer?.Email, $"Tickets, order {Order.ReferenceOf(order.Id)}",
                new Uri(options.Value.PublicUrl, $"/orders/{order.Id}").ToString()), cancellationToken);
            order.AwaitPayment(url);
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DomainException ex) when (ex.Code == TicketingErrors.PaymentUnavailable)
        {
            db.ChangeTracker.Clear();
            await lifecycle.CancelIfOpenAsync(order.Id, cancellationToken);
            throw;
        }
    }

    private async Task<OrderView?> ReplayAsync(Guid buyerId, string key, string requestHash, CancellationToken cancellationToken)
    {
        var record = await db.IdempotencyRecords.AsNoTracking().SingleOrDefaultAsync(r => r.UserId == buyerId && r.Key == key, cancellationToken);
        if (record is null) return null;
        if (record.RequestHash != requestHash)
            throw new DomainException(TicketingErrors.IdempotencyKeyReused, "This Idempotency-Key was used for a different order.");
        var order = await db.Orders.AsNoTracking().Include(o => o.Lines).Include(o => o.Tickets).SingleAsync(o => o.Id == record.OrderId, cancellationToken);
        return await views.ToViewAsync(order, cancellationToken);
    }

    private static string Hash(Guid eventId, IReadOnlyList<OrderLineRequest> lines)
    {
        var canonical = eventId + "|" + string.Join(";", lines.OrderBy(l => l.TicketTypeId).Select(l => $"{l.TicketTypeId}:{l.Quantity}"));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }
}
