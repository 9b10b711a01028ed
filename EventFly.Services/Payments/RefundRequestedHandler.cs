using EventFly.Services.Outbox;
using EventFly.Services.Payments.Contracts;

namespace EventFly.Services.Payments;

/// <summary>Refunds are requested through the outbox, so a cancelled order is never left unrefunded.</summary>
internal sealed class RefundRequestedHandler(IPaymentService payments) : IntegrationEventHandler<RefundRequestedV1>
{
    protected override Task HandleAsync(RefundRequestedV1 request, CancellationToken cancellationToken) =>
        payments.RefundOrderAsync(request.OrderId, request.Amount, cancellationToken);
}
