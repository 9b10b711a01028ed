using EventFly.Domain.Common;

namespace EventFly.Services.Ticketing;

public sealed record TicketTypeView(
    Guid Id, Guid EventId, string Name, string? Description, Money Price, int Capacity, int Sold, int Held, int Available, bool OnSale,
    DateTimeOffset? SalesStart, DateTimeOffset? SalesEnd, int MinPerOrder, int MaxPerOrder, string AccessLevel, bool Hidden, Guid? QuotaId);

public sealed record QuotaView(Guid Id, Guid EventId, string Name, int Capacity, int Sold, int Held);

public sealed record OrderLineRequest(Guid TicketTypeId, int Quantity);

public sealed record TicketView(Guid Id, Guid TicketTypeId, string TicketTypeName, string AccessLevel, string Code, DateTimeOffset? CheckedInAt);

public sealed record OrderView(
    Guid Id, Guid EventId, Guid BuyerId, string Status, Money Total, DateTimeOffset CreatedAt, DateTimeOffset? ExpiresAt,
    IReadOnlyList<OrderLineRequest> Lines, IReadOnlyList<TicketView> Tickets);
