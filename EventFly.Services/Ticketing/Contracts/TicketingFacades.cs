using EventFly.Domain.Common;
using EventFly.Domain.Ticketing;
using EventFly.Services.Common;

namespace EventFly.Services.Ticketing.Contracts;

/// <summary>
/// Ticket types and shared quotas of an event. Everyone who may see the event sees what is on offer; its staff also the
/// hidden types and the counts; changes need <c>tickets.manage</c> for the event.
/// </summary>
public interface ITicketCatalog
{
    Task<TicketTypeListing> ListTicketTypesAsync(Actor actor, Guid eventId, CancellationToken cancellationToken);

    Task<TicketTypeView> CreateTicketTypeAsync(Actor actor, Guid eventId, TicketTypeDetails details, CancellationToken cancellationToken);

    Task<TicketTypeView> UpdateTicketTypeAsync(Actor actor, Guid eventId, Guid ticketTypeId, TicketTypeDetails details, CancellationToken cancellationToken);

    /// <summary>Only while none of it is sold or held.</summary>
    Task DeleteTicketTypeAsync(Actor actor, Guid eventId, Guid ticketTypeId, CancellationToken cancellationToken);

    Task<IReadOnlyList<QuotaView>> ListQuotasAsync(Actor actor, Guid eventId, CancellationToken cancellationToken);

    Task<QuotaView> CreateQuotaAsync(Actor actor, Guid eventId, string name, int capacity, CancellationToken cancellationToken);

    /// <summary>
    /// Every ticket type of the event, hidden ones included, for a context that reports on the event and has checked its
    /// caller itself (Analytics: staff with <c>analytics.view</c>, or a platform admin, who is on no event's staff).
    /// </summary>
    Task<IReadOnlyList<TicketTypeView>> ListAllTicketTypesAsync(Guid eventId, CancellationToken cancellationToken);

    /// <summary>The lowest price offered (visible ticket types) per event, for discovery; events without types are absent.</summary>
    Task<IReadOnlyDictionary<Guid, Money>> GetMinPricesAsync(IReadOnlyCollection<Guid> eventIds, CancellationToken cancellationToken);

    /// <summary>
    /// Every event with a visible ticket type on sale at <paramref name="at"/> with seats left, and its lowest such price
    /// (Recommendations' candidates). A shared quota that ran out is not looked at.
    /// </summary>
    Task<IReadOnlyDictionary<Guid, Money>> GetOnSalePricesAsync(DateTimeOffset at, CancellationToken cancellationToken);
}

/// <summary>Buying: seats are taken by conditional updates, never oversold.</summary>
public interface IOrderPlacement
{
    /// <summary>
    /// Reserves every line atomically (all or nothing) and creates the caller's order: free orders are confirmed with
    /// tickets, paid ones hold their seats until they expire and get a checkout URL. With an idempotency key, the same key
    /// and lines return the first order; other lines are refused.
    /// </summary>
    Task<OrderView> PlaceOrderAsync(Actor actor, Guid eventId, IReadOnlyList<OrderLineRequest> lines, string? idempotencyKey, CancellationToken cancellationToken);
}

/// <summary>Orders and tickets as their buyers and the event's staff see them.</summary>
public interface IOrderQueries
{
    /// <summary>For its buyer, or staff with <c>orders.view</c> for its event; 404 <c>unknown_order</c> for anyone else.</summary>
    Task<OrderView> GetOrderAsync(Actor actor, Guid orderId, CancellationToken cancellationToken);

    /// <summary>Needs <c>orders.view</c> for the event.</summary>
    Task<Page<OrderSummary>> ListOrdersAsync(Actor actor, Guid eventId, OrderSearch search, CancellationToken cancellationToken);

    /// <summary>Needs <c>orders.view</c> for the event.</summary>
    Task<IReadOnlyList<AttendeeView>> ListAttendeesAsync(Actor actor, Guid eventId, CancellationToken cancellationToken);

    /// <summary>The caller's own tickets.</summary>
    Task<IReadOnlyList<TicketView>> ListMyTicketsAsync(Actor actor, CancellationToken cancellationToken);

    /// <summary>A PNG of the ticket's QR, for its holder only (404 <c>unknown_ticket</c> otherwise).</summary>
    Task<byte[]> GetTicketQrAsync(Actor actor, Guid ticketId, CancellationToken cancellationToken);
}

/// <summary>Cancelling orders; payments, expiry and event cancellations change orders through Ticketing's own handlers.</summary>
public interface IOrderLifecycle
{
    /// <summary>
    /// Cancels the order and returns its seats to sale (and to the waitlist); a paid order is refunded. Its buyer may
    /// cancel before the event starts (where the ticket types allow); staff with <c>orders.refund</c> any time; for
    /// anyone else it does not exist (404 <c>unknown_order</c>).
    /// </summary>
    Task<OrderView> CancelOrderAsync(Actor actor, Guid orderId, CancellationToken cancellationToken);
}

/// <summary>An event's ticket types as its caller may see them: <see cref="ForStaff"/> lists hidden ones and counts too.</summary>
public sealed record TicketTypeListing(IReadOnlyList<TicketTypeView> Items, bool ForStaff);
