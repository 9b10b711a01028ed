using Stripe;
using Stripe.Checkout;
using EventFly.Services.Payments.Contracts;

namespace EventFly.Services.Payments;

/// <summary>Stripe Checkout Sessions (payment and subscription mode) and the Refunds API, through Stripe.net.</summary>
internal sealed class StripePaymentGateway(IStripeClient client) : IPaymentGateway
{
    // Stripe accepts a Checkout expiry between 30 minutes and 24 hours ahead.
    private static readonly TimeSpan MinimumExpiry = TimeSpan.FromMinutes(31);

    public bool IsSandbox => false;

    public async Task<CheckoutSession> CreateCheckoutAsync(CheckoutRequest request, CancellationToken cancellationToken)
    {
        var options = new SessionCreateOptions
        {
            Mode = request.Subscription ? "subscription" : "payment",
            SuccessUrl = request.SuccessUrl,
            CancelUrl = request.CancelUrl,
            CustomerEmail = request.CustomerEmail,
            Metadata = new Dictionary<string, string>(request.Metadata),
            LineItems = [.. request.Lines.Select(l => new SessionLineItemOptions
            {
                Quantity = l.Quantity,
                PriceData = new SessionLineItemPriceDataOptions
                {
                    Currency = request.Currency.ToLowerInvariant(),
                    UnitAmount = l.UnitAmountMinor,
                    ProductData = new SessionLineItemPriceDataProductDataOptions { Name = l.Name },
                    Recurring = request.Subscription ? new SessionLineItemPriceDataRecurringOptions { Interval = "month" } : null,
                },
            })],
        };
        if (request.Subscription)
            options.SubscriptionData = new SessionSubscriptionDataOptions { Metadata = new Dictionary<string, string>(request.Metadata) };
        else
            options.PaymentIntentData = new SessionPaymentIntentDataOptions { Metadata = new Dictionary<string, string>(request.Metadata) };
        if (!request.Subscription && request.ExpiresAt is { } expires)
        {
            var earliest = DateTimeOffset.UtcNow + MinimumExpiry;
            options.ExpiresAt = (expires < earliest ? earliest : expires).UtcDateTime;
        }
        var session = await new SessionService(client).CreateAsync(options, new RequestOptions { IdempotencyKey = request.IdempotencyKey }, cancellationToken);
        // A session without a URL cannot take a payment: fail (payment_unavailable) rather than send the buyer nowhere.
        return new CheckoutSession(session.Id, session.Url ?? throw new InvalidOperationException($"Stripe answered checkout {session.Id} without a URL."));
    }

    public async Task<string> RefundAsync(string paymentIntentId, long amountMinor, string idempotencyKey, CancellationToken cancellationToken)
    {
        var refund = await new RefundService(client).CreateAsync(new RefundCreateOptions { PaymentIntent = paymentIntentId, Amount = amountMinor },
            new RequestOptions { IdempotencyKey = idempotencyKey }, cancellationToken);
        return refund.Id;
    }

    public Task CancelSubscriptionAsync(string subscriptionId, CancellationToken cancellationToken) =>
        new SubscriptionService(client).CancelAsync(subscriptionId, cancellationToken: cancellationToken);

    public async Task<CheckoutState> GetCheckoutStateAsync(string sessionId, CancellationToken cancellationToken)
    {
        var session = await new SessionService(client).GetAsync(sessionId, cancellationToken: cancellationToken);
        return new CheckoutState(session.PaymentStatus == "paid", session.Status == "expired", session.PaymentIntentId);
    }
}
