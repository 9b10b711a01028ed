using EventFly.Domain.Common;
using EventFly.Domain.Ticketing;

namespace EventFly.Services.Ticketing.Contracts;

public sealed record TicketTypeView(
    Guid Id, Guid EventId, string Name, string? Description, Money Price, int Capacity, int Sold, int Held, int Available, bool OnSale,
    DateTimeOffset? SalesStart, DateTimeOffset? SalesEnd, int MinPerOrder, int MaxPerOrder, string AccessLevel, bool Hidden, Guid? QuotaId,
    bool BuyerCancellable);

public sealed record QuotaView(Guid Id, Guid EventId, string Name, int Capacity, int Sold, int Held);

public sealed record OrderLineRequest(Guid TicketTypeId, int Quantity);

public enum OrderState
{
    PendingPayment,
    Confirmed,
    Cancelled,
    Expired,
}

/// <summary>A ticket admits while its order is confirmed and it has not been scanned.</summary>
public enum TicketState
{
    Valid,
    CheckedIn,
    Cancelled,
}

/// <summary><see cref="Offered"/>: seats are held for the entry until its offer expires.</summary>
public enum WaitlistState
{
    Waiting,
    Offered,
    Claimed,
    Expired,
    Left,
}

/// <summary>A ticket as its holder and staff see it; <see cref="Code"/> is the signed code its QR holds.</summary>
public sealed record TicketView(
    Guid Id, Guid OrderId, Guid EventId, string EventName, Guid TicketTypeId, string TicketTypeName, string AccessLevel, string Code, TicketState Status,
    DateTimeOffset? CheckedInAt);

public sealed record OrderView(
    Guid Id, Guid EventId, string EventName, Guid BuyerId, string? BuyerName, string BuyerEmail, OrderState Status, Money Total, DateTimeOffset CreatedAt,
    DateTimeOffset? ExpiresAt, string? CheckoutUrl, IReadOnlyList<OrderLineView> Lines, IReadOnlyList<TicketView> Tickets)
{
    public string Reference => Order.ReferenceOf(Id);
}

public sealed record OrderLineView(Guid TicketTypeId, string TicketTypeName, int Quantity, Money UnitPrice);

/// <summary>One row of an event's order list for staff.</summary>
public sealed record OrderSummary(
    Guid Id, Guid BuyerId, string? BuyerName, string BuyerEmail, OrderState Status, Money Total, int Tickets, DateTimeOffset CreatedAt)
{
    public string Reference => Order.ReferenceOf(Id);
}

/// <summary>Filters for an event's orders: free text over the buyer's name and e-mail or the order's reference (or id); status as in <see cref="OrderView"/>.</summary>
public sealed record OrderSearch(string? Text, OrderState? Status, int Page, int PageSize);

/// <summary>One ticket holder on an event's attendee list.</summary>
public sealed record AttendeeView(
    Guid TicketId, Guid OrderId, string? Name, string Email, string TicketTypeName, string AccessLevel, DateTimeOffset? CheckedInAt);

public sealed record CheckInResult(Guid TicketId, string AttendeeName, string TicketTypeName, string AccessLevel, DateTimeOffset CheckedInAt);

public sealed record CheckInStats(int CheckedIn, int Sold);

public sealed record WaitlistEntryView(Guid Id, Guid EventId, Guid TicketTypeId, string TicketTypeName, int Quantity, WaitlistState Status, int Position,
    DateTimeOffset? OfferExpiresAt);
