using EventFly.Domain.Common;
using EventFly.Domain.Ticketing;
using EventFly.Services.Events.Contracts;
using EventFly.Services.Identity.Contracts;
using EventFly.Services.Ticketing.Contracts;
using EventFly.Services.Ticketing.Persistence;
using Microsoft.EntityFrameworkCore;

namespace EventFly.Services.Ticketing;

/// <summary>How Ticketing's parts read ticket types, events and buyers, and turn orders and tickets into views.</summary>
internal sealed class OrderViews(TicketingData db, IEventService events, IProfileService accounts, TicketCodes codes)
{
    public async Task<Dictionary<Guid, TicketType>> TypesAsync(IEnumerable<Guid> ids, CancellationToken cancellationToken)
    {
        var list = ids.Distinct().ToList();
        return await db.TicketTypes.AsNoTracking().Where(t => list.Contains(t.Id)).ToDictionaryAsync(t => t.Id, cancellationToken);
    }

    public async Task<EventSummary> EventOfAsync(Guid eventId, CancellationToken cancellationToken) =>
        await events.GetSummaryAsync(eventId, cancellationToken) ?? throw new NotFoundException(TicketingErrors.UnknownEvent, "There is no such event.");

    public async Task<Dictionary<Guid, AccountSummary>> PeopleAsync(IEnumerable<Guid> userIds, CancellationToken cancellationToken) =>
        (await accounts.GetAccountsAsync([.. userIds.Distinct()], cancellationToken)).ToDictionary(a => a.Id);

    public async Task<OrderView> ToViewAsync(Order order, CancellationToken cancellationToken) =>
        await ToViewAsync(order, (await EventOfAsync(order.EventId, cancellationToken)).Name,
            await TypesAsync(order.Lines.Select(l => l.TicketTypeId), cancellationToken), cancellationToken);

    public async Task<OrderView> ToViewAsync(Order order, string eventName, IReadOnlyDictionary<Guid, TicketType> types, CancellationToken cancellationToken)
    {
        var buyer = await accounts.GetAccountAsync(order.BuyerId, cancellationToken);
        var tickets = new List<TicketView>();
        foreach (var ticket in order.Tickets) tickets.Add(await ToViewAsync(ticket, order.EventId, eventName, order.Status, types, cancellationToken));
        return new OrderView(order.Id, order.EventId, eventName, order.BuyerId, buyer?.DisplayName, buyer?.Email ?? "", StateOf(order.Status),
            new Money(order.TotalAmount, order.Currency), order.CreatedAt, order.ExpiresAt, order.CheckoutUrl,
            [.. order.Lines.Select(l => new OrderLineView(l.TicketTypeId, types.GetValueOrDefault(l.TicketTypeId)?.Name ?? "", l.Quantity, new Money(l.UnitPrice, order.Currency)))],
            tickets);
    }

    public async Task<TicketView> ToViewAsync(Ticket t, Guid eventId, string eventName, OrderStatus orderStatus, IReadOnlyDictionary<Guid, TicketType> types, CancellationToken cancellationToken)
    {
        var type = types.GetValueOrDefault(t.TicketTypeId);
        var status = orderStatus != OrderStatus.Confirmed ? TicketState.Cancelled : t.CheckedInAt is null ? TicketState.Valid : TicketState.CheckedIn;
        return new TicketView(t.Id, t.OrderId, eventId, eventName, t.TicketTypeId, type?.Name ?? "", type?.AccessLevel ?? "", await codes.SignAsync(t.Code, cancellationToken),
            status, t.CheckedInAt);
    }

    public static OrderState StateOf(OrderStatus status) => status switch
    {
        OrderStatus.PendingPayment => OrderState.PendingPayment,
        OrderStatus.Confirmed => OrderState.Confirmed,
        OrderStatus.Cancelled => OrderState.Cancelled,
        OrderStatus.Expired => OrderState.Expired,
    };

    public static OrderStatus StatusOf(OrderState state) => state switch
    {
        OrderState.PendingPayment => OrderStatus.PendingPayment,
        OrderState.Confirmed => OrderStatus.Confirmed,
        OrderState.Cancelled => OrderStatus.Cancelled,
        OrderState.Expired => OrderStatus.Expired,
    };

    public static TicketTypeView ToView(TicketType t, DateTimeOffset now) =>
        new(t.Id, t.EventId, t.Name, t.Description, t.Price, t.Capacity, t.Sold, t.Held, t.Available, t.OnSale(now), t.SalesStart, t.SalesEnd,
            t.MinPerOrder, t.MaxPerOrder, t.AccessLevel, t.Hidden, t.QuotaId, t.BuyerCancellable);
}
