using System.Text.Json;
using EventFly.Domain.Common;
using EventFly.Services.Outbox;

namespace EventFly.Services.Payments;

/// <summary>Refunds are requested from the gateway through the outbox, so a cancelled order is never left unrefunded.</summary>
internal sealed class RefundOutboxHandler(IPaymentGateway gateway) : IOutboxHandler
{
    public const string MessageType = "payments.refund";

    public string Type => MessageType;

    public static OutboxMessage Message(Guid orderId, Money amount, DateTimeOffset now) =>
        new(MessageType, JsonSerializer.Serialize(new RefundRequest(orderId, amount.Amount, amount.Currency)), now);

    public Task HandleAsync(string payload, CancellationToken cancellationToken)
    {
        var request = JsonSerializer.Deserialize<RefundRequest>(payload)!;
        return gateway.RefundAsync(request.OrderId, new Money(request.Amount, request.Currency), cancellationToken);
    }

    private sealed record RefundRequest(Guid OrderId, decimal Amount, string Currency);
}
