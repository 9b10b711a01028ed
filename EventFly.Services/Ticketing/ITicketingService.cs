namespace EventFly.Services.Ticketing;

/// <summary>Ticket types, shared quotas and orders. Seats are taken by conditional updates: never oversold.</summary>
public interface ITicketingService
{
    Task<IReadOnlyList<TicketTypeView>> ListTicketTypesAsync(Guid eventId, bool includeHidden, CancellationToken cancellationToken);

    Task<TicketTypeView> CreateTicketTypeAsync(Guid eventId, EventFly.Domain.Ticketing.TicketTypeDetails details, CancellationToken cancellationToken);

    Task<TicketTypeView> UpdateTicketTypeAsync(Guid eventId, Guid ticketTypeId, EventFly.Domain.Ticketing.TicketTypeDetails details, CancellationToken cancellationToken);

    /// <summary>Only while none of it is sold or held.</summary>
    Task DeleteTicketTypeAsync(Guid eventId, Guid ticketTypeId, CancellationToken cancellationToken);

    Task<QuotaView> CreateQuotaAsync(Guid eventId, string name, int capacity, CancellationToken cancellationToken);

    /// <summary>
    /// Reserves every line atomically (all or nothing) and creates the order: free orders are confirmed with tickets.
    /// With an idempotency key, the same key and lines return the first order; other lines are refused.
    /// </summary>
    Task<OrderView> PlaceOrderAsync(Guid eventId, Guid buyerId, IReadOnlyList<OrderLineRequest> lines, string? idempotencyKey, CancellationToken cancellationToken);

    /// <summary>The order, only for its buyer (null otherwise, so its existence does not leak).</summary>
    Task<OrderView?> GetOrderForBuyerAsync(Guid orderId, Guid buyerId, CancellationToken cancellationToken);

    Task<IReadOnlyList<TicketView>> ListTicketsOfBuyerAsync(Guid buyerId, CancellationToken cancellationToken);
}
