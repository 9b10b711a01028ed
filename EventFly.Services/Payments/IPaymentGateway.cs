using EventFly.Services.Payments.Contracts;

namespace EventFly.Services.Payments;

/// <summary>
/// Where buyers and organizers pay. Stripe Checkout when a Stripe secret key is configured; otherwise the built-in
/// sandbox, whose page (<see cref="SandboxCheckout.Path"/>) raises the same payment events a verified Stripe webhook would.
/// </summary>
internal interface IPaymentGateway
{
    bool IsSandbox { get; }

    Task<CheckoutSession> CreateCheckoutAsync(CheckoutRequest request, CancellationToken cancellationToken);

    /// <returns>The gateway's refund id.</returns>
    Task<string> RefundAsync(string paymentIntentId, long amountMinor, string idempotencyKey, CancellationToken cancellationToken);

    /// <summary>Ends a subscription; the gateway confirms with <c>customer.subscription.deleted</c>.</summary>
    Task CancelSubscriptionAsync(string subscriptionId, CancellationToken cancellationToken);

    /// <summary>Asks the gateway how a checkout stands (for reconciliation before a hold is released).</summary>
    Task<CheckoutState> GetCheckoutStateAsync(string sessionId, CancellationToken cancellationToken);
}

/// <param name="Subscription">Subscription mode (a monthly price) rather than a one-off payment.</param>
/// <param name="ExpiresAt">When the checkout stops accepting payment (payment mode).</param>
internal sealed record CheckoutRequest(
    bool Subscription, string Currency, IReadOnlyList<CheckoutLine> Lines, DateTimeOffset? ExpiresAt, string SuccessUrl, string CancelUrl,
    IReadOnlyDictionary<string, string> Metadata, string IdempotencyKey, string? CustomerEmail);

internal sealed record CheckoutSession(string Id, string Url);

internal sealed record CheckoutState(bool Paid, bool Expired, string? PaymentIntentId);
