using System.Text.Json;
using EventFly.Services.Outbox;

namespace EventFly.Services.Payments;

/// <summary>Refunds are requested through the outbox, so a cancelled order is never left unrefunded.</summary>
internal sealed class RefundOutboxHandler(IPaymentService payments) : IOutboxHandler
{
    public const string MessageType = "payments.refund";

    public string Type => MessageType;

    public static OutboxMessage Message(Guid orderId, decimal amount, DateTimeOffset now) =>
        new(MessageType, JsonSerializer.Serialize(new RefundRequest(orderId, amount)), now);

    public Task HandleAsync(string payload, CancellationToken cancellationToken)
    {
        var request = JsonSerializer.Deserialize<RefundRequest>(payload)!;
        return payments.RefundOrderAsync(request.OrderId, request.Amount, cancellationToken);
    }

    private sealed record RefundRequest(Guid OrderId, decimal Amount);
}
