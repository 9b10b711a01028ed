using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using EventFly.Services.Payments.Contracts;

namespace EventFly.Services.Payments;

/// <summary>
/// Moves no money: its checkout page has Pay and Cancel buttons; refunds are logged. Switched off
/// (<see cref="PaymentOptions.Sandbox"/>), it opens no checkout, so paid orders are refused.
/// </summary>
internal sealed partial class SandboxPaymentGateway(IOptions<PaymentOptions> options, ILogger<SandboxPaymentGateway> logger) : IPaymentGateway
{
    public bool IsSandbox => true;

    public Task<CheckoutSession> CreateCheckoutAsync(CheckoutRequest request, CancellationToken cancellationToken)
    {
        if (!options.Value.Sandbox)
            throw new InvalidOperationException("No payment gateway: set EventFly:Stripe:SecretKey, or EventFly:Payments:Sandbox=true for test payments.");
        var id = $"cs_sandbox_{Guid.NewGuid():N}";
        return Task.FromResult(new CheckoutSession(id, SandboxCheckout.Path + id));
    }

    public Task<string> RefundAsync(string paymentIntentId, long amountMinor, string idempotencyKey, CancellationToken cancellationToken)
    {
        LogRefund(logger, amountMinor, paymentIntentId);
        return Task.FromResult($"re_sandbox_{Guid.NewGuid():N}");
    }

    // The payment service raises the sandbox's deletion notice itself.
    public Task CancelSubscriptionAsync(string subscriptionId, CancellationToken cancellationToken) => Task.CompletedTask;

    // The sandbox's page reports payment itself; an unanswered checkout is simply open.
    public Task<CheckoutState> GetCheckoutStateAsync(string sessionId, CancellationToken cancellationToken) =>
        Task.FromResult(new CheckoutState(Paid: false, Expired: false, PaymentIntentId: null));

    [LoggerMessage(Level = LogLevel.Information, Message = "Sandbox refund of {AmountMinor} minor units for {PaymentIntentId}")]
    private static partial void LogRefund(ILogger logger, long amountMinor, string paymentIntentId);
}
