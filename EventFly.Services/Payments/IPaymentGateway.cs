using EventFly.Domain.Common;

namespace EventFly.Services.Payments;

/// <summary>
/// Where buyers pay and refunds go. The sandbox gateway stands in whenever no Stripe key is configured; Stripe Checkout
/// arrives with issue 7 behind this same port.
/// </summary>
public interface IPaymentGateway
{
    /// <returns>The URL the buyer pays at; paying (or abandoning) reaches the ticketing service as a confirmation (or cancel).</returns>
    Task<string> CreateCheckoutAsync(Guid orderId, Money total, DateTimeOffset expiresAt, CancellationToken cancellationToken);

    Task RefundAsync(Guid orderId, Money amount, CancellationToken cancellationToken);
}
