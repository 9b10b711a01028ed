using EventFly.Services.Common;

namespace EventFly.Services.Ticketing.Contracts;

/// <summary>
/// Tickets were issued (free order, or payment arrived). <paramref name="Lines"/> came later: messages written before
/// carry none.
/// </summary>
public sealed record OrderConfirmedV1(Guid OrderId, Guid EventId, Guid BuyerId, decimal Total, string Currency, int Tickets, DateTimeOffset OccurredAt,
    IReadOnlyList<OrderLineV1>? Lines = null) : IIntegrationEvent
{
    public static string MessageType => "ticketing.order_confirmed";
}

/// <summary>A line of a confirmed order: how many tickets of a type, at what unit price (in the order's currency).</summary>
public sealed record OrderLineV1(Guid TicketTypeId, int Quantity, decimal UnitPrice);

/// <summary>An order was cancelled by its buyer or staff (its seats returned to sale).</summary>
public sealed record OrderCancelledV1(Guid OrderId, Guid EventId, Guid BuyerId, bool Refunded, DateTimeOffset OccurredAt) : IIntegrationEvent
{
    public static string MessageType => "ticketing.order_cancelled";
}

/// <summary>Seats were held for a waiting participant until <paramref name="ExpiresAt"/> (Ticketing mails the offer itself).</summary>
public sealed record WaitlistOfferedV1(Guid EntryId, Guid EventId, Guid UserId, int Quantity, DateTimeOffset ExpiresAt, DateTimeOffset OccurredAt) : IIntegrationEvent
{
    public static string MessageType => "ticketing.waitlist_offered";
}

/// <summary>A ticket was scanned at the door for the first time.</summary>
public sealed record TicketCheckedInV1(Guid TicketId, Guid EventId, Guid StaffId, DateTimeOffset OccurredAt, Guid? HolderId = null) : IIntegrationEvent
{
    public static string MessageType => "ticketing.ticket_checked_in";
}
