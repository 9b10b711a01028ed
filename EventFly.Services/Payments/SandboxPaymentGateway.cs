using EventFly.Domain.Common;
using Microsoft.Extensions.Logging;

namespace EventFly.Services.Payments;

/// <summary>Pays nothing: its checkout page (<c>/sandbox/checkout/{orderId}</c>) has Pay and Cancel buttons; refunds are logged.</summary>
internal sealed partial class SandboxPaymentGateway(ILogger<SandboxPaymentGateway> logger) : IPaymentGateway
{
    public Task<string> CreateCheckoutAsync(Guid orderId, Money total, DateTimeOffset expiresAt, CancellationToken cancellationToken) =>
        Task.FromResult(SandboxCheckout.Path + orderId);

    public Task RefundAsync(Guid orderId, Money amount, CancellationToken cancellationToken)
    {
        LogRefund(logger, amount.Amount, amount.Currency, orderId);
        return Task.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Sandbox refund of {Amount} {Currency} for order {OrderId}")]
    private static partial void LogRefund(ILogger logger, decimal amount, string currency, Guid orderId);
}
