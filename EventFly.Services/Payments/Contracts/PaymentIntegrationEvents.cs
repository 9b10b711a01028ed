using EventFly.Services.Common;

namespace EventFly.Services.Payments.Contracts;

/// <summary>The checkout of an order was paid; the order's owner (Ticketing) issues its tickets.</summary>
public sealed record OrderPaidV1(Guid OrderId, DateTimeOffset OccurredAt) : IIntegrationEvent
{
    public static string MessageType => "payments.order_paid";
}

/// <summary>The checkout of an order ended unpaid (left or expired at the gateway): a still-pending order is cancelled.</summary>
public sealed record OrderCheckoutEndedV1(Guid OrderId, DateTimeOffset OccurredAt) : IIntegrationEvent
{
    public static string MessageType => "payments.order_checkout_ended";
}

/// <summary>
/// A request to Payments (put into the requester's outbox with its change): refund up to <paramref name="Amount"/> of the
/// order's payment. Named as before it was a contract, so requests already in the outbox are still carried out.
/// </summary>
public sealed record RefundRequestedV1(Guid OrderId, decimal Amount, DateTimeOffset OccurredAt) : IIntegrationEvent
{
    public static string MessageType => "payments.refund";
}
