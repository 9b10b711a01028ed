using EventFly.Domain.Ticketing;
using EventFly.Services.Events.Contracts;
using EventFly.Services.Common;

namespace EventFly.Services.Ticketing.Contracts;

/// <summary>Ticket types, shared quotas and orders. Seats are taken by conditional updates: never oversold.</summary>
public interface ITicketingService
{
    Task<IReadOnlyList<TicketTypeView>> ListTicketTypesAsync(Guid eventId, bool includeHidden, CancellationToken cancellationToken);

    Task<TicketTypeView> CreateTicketTypeAsync(Guid eventId, TicketTypeDetails details, CancellationToken cancellationToken);

    Task<TicketTypeView> UpdateTicketTypeAsync(Guid eventId, Guid ticketTypeId, TicketTypeDetails details, CancellationToken cancellationToken);

    /// <summary>Only while none of it is sold or held.</summary>
    Task DeleteTicketTypeAsync(Guid eventId, Guid ticketTypeId, CancellationToken cancellationToken);

    /// <summary>The lowest price offered (visible ticket types) per event, for discovery; events without types are absent.</summary>
    Task<IReadOnlyDictionary<Guid, Domain.Common.Money>> GetMinPricesAsync(IReadOnlyCollection<Guid> eventIds, CancellationToken cancellationToken);

    Task<IReadOnlyList<QuotaView>> ListQuotasAsync(Guid eventId, CancellationToken cancellationToken);

    Task<QuotaView> CreateQuotaAsync(Guid eventId, string name, int capacity, CancellationToken cancellationToken);

    /// <summary>
    /// Reserves every line atomically (all or nothing) and creates the order: free orders are confirmed with tickets,
    /// paid ones hold their seats until they expire and get a checkout URL. With an idempotency key, the same key and
    /// lines return the first order; other lines are refused.
    /// </summary>
    Task<OrderView> PlaceOrderAsync(Guid eventId, Guid buyerId, IReadOnlyList<OrderLineRequest> lines, string? idempotencyKey, CancellationToken cancellationToken);

    /// <summary>The order, for its buyer only when <paramref name="buyerId"/> is given (null otherwise, so its existence does not leak).</summary>
    Task<OrderView?> GetOrderAsync(Guid orderId, Guid? buyerId, CancellationToken cancellationToken);

    Task<Page<OrderSummary>> ListOrdersAsync(Guid eventId, OrderSearch search, CancellationToken cancellationToken);

    Task<IReadOnlyList<AttendeeView>> ListAttendeesAsync(Guid eventId, CancellationToken cancellationToken);

    /// <summary>
    /// Cancels the order and returns its seats to sale (and to the waitlist); a paid order is refunded. A buyer
    /// (<paramref name="buyerId"/>) may cancel only their own order and only before the event starts; staff any.
    /// </summary>
    Task<OrderView> CancelOrderAsync(Guid orderId, Guid? buyerId, CancellationToken cancellationToken);

    /// <summary>Payment arrived: tickets are issued. Late payments whose seats were resold are refunded and the order cancelled.</summary>
    Task<OrderView> ConfirmPaymentAsync(Guid orderId, CancellationToken cancellationToken);

    /// <summary>The buyer left the checkout (or it expired at the gateway): a still-pending order is cancelled, seats return.</summary>
    Task AbandonCheckoutAsync(Guid orderId, CancellationToken cancellationToken);

    /// <summary>Releases the seats of unpaid orders and of waitlist offers past their time.</summary>
    /// <returns>How many orders and offers expired.</returns>
    Task<int> ExpireHoldsAsync(CancellationToken cancellationToken);

    Task<IReadOnlyList<TicketView>> ListTicketsOfBuyerAsync(Guid buyerId, CancellationToken cancellationToken);

    /// <summary>A PNG of the ticket's QR, for its holder only (null otherwise).</summary>
    Task<byte[]?> GetTicketQrAsync(Guid ticketId, Guid holderId, CancellationToken cancellationToken);
}
