namespace EventFly.Domain.Ticketing;

/// <summary>
/// Error codes of the Ticketing context, listed in docs/api.md; wire values never change. Codes Ticketing answers on
/// behalf of another context (<see cref="UnknownEvent"/>, <see cref="PaymentUnavailable"/>) are its own constants with
/// the same value, because a context never uses another context's domain namespace (ADR 0013, ADR 0014).
/// </summary>
public static class TicketingErrors
{
    /// <summary>404: the event of a ticket type, order or waitlist does not exist or is hidden from the caller.</summary>
    public const string UnknownEvent = "unknown_event";

    /// <summary>404: the ticket type does not exist or belongs to another event.</summary>
    public const string UnknownTicketType = "unknown_ticket_type";

    /// <summary>404: no such quota for this event.</summary>
    public const string UnknownQuota = "unknown_quota";

    /// <summary>404: no such order, or the caller is neither its buyer nor staff allowed to see it.</summary>
    public const string UnknownOrder = "unknown_order";

    /// <summary>404: no ticket with that id, or (check-in) no ticket of this event with that code.</summary>
    public const string UnknownTicket = "unknown_ticket";

    /// <summary>404: no such waitlist offer for the caller.</summary>
    public const string UnknownOffer = "unknown_offer";

    /// <summary>A ticket type or quota name that is empty or too long.</summary>
    public const string InvalidName = "invalid_name";

    public const string InvalidCapacity = "invalid_capacity";

    /// <summary>Capacity lowered below the seats already sold or held.</summary>
    public const string CapacityBelowSold = "capacity_below_sold";

    /// <summary>Minimum per order below 1, or maximum below minimum.</summary>
    public const string InvalidOrderLimits = "invalid_order_limits";

    /// <summary>Sales end before they start.</summary>
    public const string InvalidSalesWindow = "invalid_sales_window";

    /// <summary>Deleting a ticket type that was ordered (hide it instead).</summary>
    public const string TicketTypeInUse = "ticket_type_in_use";

    /// <summary>The event or the ticket type is not on sale now.</summary>
    public const string SalesClosed = "sales_closed";

    /// <summary>Not enough seats left on the ticket type or its shared quota.</summary>
    public const string SoldOut = "sold_out";

    /// <summary>A quantity outside the ticket type's per-order limits.</summary>
    public const string InvalidQuantity = "invalid_quantity";

    public const string EmptyOrder = "empty_order";

    /// <summary>An order lists the same ticket type twice.</summary>
    public const string DuplicateLine = "duplicate_line";

    /// <summary>422: the Idempotency-Key was used before for a different order.</summary>
    public const string IdempotencyKeyReused = "idempotency_key_reused";

    /// <summary>503: Payments could not open a checkout; Ticketing cancels the order and passes the code on.</summary>
    public const string PaymentUnavailable = "payment_unavailable";

    /// <summary>The order is cancelled, expired or no longer awaits payment.</summary>
    public const string OrderClosed = "order_closed";

    /// <summary>The order changed between reading and writing it (a lost race); reload and retry.</summary>
    public const string OrderChanged = "order_changed";

    /// <summary>A late payment or the expiry job met an order that has not expired.</summary>
    public const string OrderNotExpired = "order_not_expired";

    /// <summary>The buyer may no longer cancel: the event has started.</summary>
    public const string EventStarted = "event_started";

    /// <summary>The buyer may not cancel: a ticket type of the order is not cancellable by buyers.</summary>
    public const string NotCancellable = "not_cancellable";

    /// <summary>Checking in a ticket that was already used (or cancelling an order one of whose tickets was).</summary>
    public const string AlreadyCheckedIn = "already_checked_in";

    /// <summary>Checking in a ticket whose order is not confirmed.</summary>
    public const string TicketCancelled = "ticket_cancelled";

    /// <summary>Joining the waitlist of a ticket type that still has seats.</summary>
    public const string NotSoldOut = "not_sold_out";

    /// <summary>404 when the caller has no entry on this waitlist; 409 when the entry is no longer waiting.</summary>
    public const string NotWaiting = "not_waiting";

    /// <summary>A join lost the race to another join by the same user, whose entry was gone by the time it was read; try again.</summary>
    public const string WaitlistBusy = "waitlist_busy";

    /// <summary>The waitlist entry changed meanwhile; reload and retry.</summary>
    public const string WaitlistChanged = "waitlist_changed";

    /// <summary>Claiming a waitlist offer that has expired or was withdrawn.</summary>
    public const string OfferExpired = "offer_expired";

    /// <summary>Expiring a waitlist offer that is still open.</summary>
    public const string OfferOpen = "offer_open";

    /// <summary>An offline scanner's batch without a device id, a door name or scans, or with too many (more than 500).</summary>
    public const string InvalidScanBatch = "invalid_scan_batch";
}
