using EventFly.Services.Outbox;
using EventFly.Services.Payments.Contracts;

namespace EventFly.Services.Ticketing.Handlers;

/// <summary>Payment arrived for an order: its tickets are issued (a late payment whose seats were resold is refunded).</summary>
internal sealed class OrderPaidHandler(OrderLifecycle orders) : IntegrationEventHandler<OrderPaidV1>
{
    protected override Task HandleAsync(OrderPaidV1 paid, CancellationToken cancellationToken) =>
        orders.ConfirmPaymentAsync(paid.OrderId, cancellationToken);
}

/// <summary>The buyer left the checkout or it expired at the gateway: a still-pending order is cancelled and its seats return.</summary>
internal sealed class OrderCheckoutEndedHandler(OrderLifecycle orders) : IntegrationEventHandler<OrderCheckoutEndedV1>
{
    protected override Task HandleAsync(OrderCheckoutEndedV1 ended, CancellationToken cancellationToken) =>
        orders.AbandonCheckoutAsync(ended.OrderId, cancellationToken);
}
