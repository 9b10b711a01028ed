using EventFly.Domain.Common;
using EventFly.Services.Common;

namespace EventFly.Services.Payments.Contracts;

/// <summary>The Payments context: checkouts for ticket orders and subscriptions, payment notices, refunds.</summary>
public interface IPaymentService
{
    /// <summary>True when no Stripe key is configured and the built-in sandbox (its page at <see cref="SandboxCheckout.Path"/>) takes payments.</summary>
    bool UsesSandbox { get; }

    /// <summary>Opens a checkout for an order awaiting payment; returns where the buyer pays.</summary>
    Task<string> StartOrderCheckoutAsync(OrderCheckout checkout, CancellationToken cancellationToken);

    /// <summary>Opens a subscription checkout for a paid package; needs <c>billing.manage</c>.</summary>
    Task<string> StartSubscriptionCheckoutAsync(Actor actor, Guid organizationId, string packageId, string returnUrl, CancellationToken cancellationToken);

    /// <summary>Ends the organization's subscription (409 <c>no_subscription</c> without one); the package returns to Free when the gateway confirms. Needs <c>billing.manage</c>.</summary>
    Task CancelSubscriptionAsync(Actor actor, Guid organizationId, CancellationToken cancellationToken);

    /// <summary>
    /// Applies a payment notice (a verified Stripe webhook, or the sandbox page) once: the notice id is stored with the
    /// change and an outbox entry in one transaction; a replay changes nothing.
    /// </summary>
    /// <returns>False for a replay.</returns>
    Task<bool> HandleAsync(PaymentNotice notice, CancellationToken cancellationToken);

    /// <summary>Refunds up to <paramref name="amount"/> of the order's payment; never more than paid, never twice.</summary>
    Task RefundOrderAsync(Guid orderId, decimal amount, CancellationToken cancellationToken);

    /// <summary>Asks the gateway whether an order's open checkout was paid after all; if so, applies that as a notice.</summary>
    Task<bool> ReconcileOrderAsync(Guid orderId, CancellationToken cancellationToken);

    Task<CheckoutView?> GetCheckoutAsync(string sessionId, CancellationToken cancellationToken);

    /// <summary>Needs <c>billing.manage</c>.</summary>
    Task<IReadOnlyList<PaymentView>> ListForOrganizationAsync(Actor actor, Guid organizationId, CancellationToken cancellationToken);
}

/// <param name="Description">What the payment is for, as the payment list and the sandbox page show it.</param>
/// <param name="ReturnUrl">Absolute URL the buyer returns to (with <c>?checkout=cancelled</c> when they leave the checkout).</param>
public sealed record OrderCheckout(
    Guid OrderId, Money Total, IReadOnlyList<CheckoutLine> Lines, DateTimeOffset ExpiresAt, string? BuyerEmail, string Description, string ReturnUrl);

/// <summary>
/// What a payment gateway tells: <see cref="Type"/> is Stripe's event type (<c>checkout.session.completed</c>,
/// <c>checkout.session.expired</c>, <c>charge.refunded</c>, <c>payment_intent.payment_failed</c>,
/// <c>customer.subscription.created|updated|deleted</c>); others are ignored.
/// </summary>
public sealed record PaymentNotice(
    string Id, string Type, string? SessionId = null, string? PaymentIntentId = null, long? AmountRefundedMinor = null, string? SubscriptionId = null,
    string? SubscriptionStatus = null, IReadOnlyDictionary<string, string>? Metadata = null);

public enum PaymentState
{
    Open,
    Paid,
    Expired,
    Failed,
}

public enum PaymentKind
{
    TicketOrder,
    Subscription,
}

public sealed record CheckoutView(string SessionId, string Description, Money Amount, PaymentState Status, bool Subscription, string SuccessUrl, string CancelUrl);

public sealed record PaymentView(Guid Id, PaymentKind Purpose, string Description, Money Amount, Money Refunded, PaymentState Status, DateTimeOffset CreatedAt, DateTimeOffset? PaidAt);

/// <summary>A line of a checkout; amounts in the currency's minor unit, as Stripe counts them.</summary>
public sealed record CheckoutLine(string Name, long UnitAmountMinor, int Quantity);

/// <summary>Where the sandbox gateway's checkout page lives (the host maps it only when <see cref="IPaymentService.UsesSandbox"/>).</summary>
public static class SandboxCheckout
{
    public const string Path = "/sandbox/checkout/";
}
