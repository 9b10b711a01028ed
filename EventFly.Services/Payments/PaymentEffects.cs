using System.Text.Json;
using EventFly.Services.Organizations;
using EventFly.Services.Outbox;
using EventFly.Services.Ticketing;

namespace EventFly.Services.Payments;

internal enum PaymentEffectKind
{
    OrderPaid,
    OrderCheckoutAbandoned,
    PackageChanged,
}

/// <summary>What an applied payment notice means for another context, carried by the outbox.</summary>
/// <param name="EndedSubscriptionId">For a subscription that ended: only if it is still the organization's does the package fall back.</param>
internal sealed record PaymentEffect(
    PaymentEffectKind Kind, Guid? OrderId = null, Guid? OrganizationId = null, string? PackageId = null, string? SubscriptionId = null,
    string? EndedSubscriptionId = null);

/// <summary>
/// Carries payment effects to Ticketing (confirm or abandon the order) and Organizations (the package follows the
/// subscription). Both calls tolerate repeats, as outbox handlers must. Switching packages replaces the subscription:
/// the previous one is cancelled at the gateway, and its ending no longer concerns the organization.
/// </summary>
internal sealed class PaymentEffectsHandler(ITicketingService ticketing, IOrganizationService organizations, IPaymentGateway gateway) : IOutboxHandler
{
    public const string MessageType = "payments.effect";

    public string Type => MessageType;

    public static OutboxMessage Message(PaymentEffect effect, DateTimeOffset now) => new(MessageType, JsonSerializer.Serialize(effect), now);

    public async Task HandleAsync(string payload, CancellationToken cancellationToken)
    {
        var effect = JsonSerializer.Deserialize<PaymentEffect>(payload)!;
        switch (effect.Kind)
        {
            case PaymentEffectKind.OrderPaid:
                await ticketing.ConfirmPaymentAsync(effect.OrderId!.Value, cancellationToken);
                break;
            case PaymentEffectKind.OrderCheckoutAbandoned:
                await ticketing.AbandonCheckoutAsync(effect.OrderId!.Value, cancellationToken);
                break;
            case PaymentEffectKind.PackageChanged:
                var organizationId = effect.OrganizationId!.Value;
                var previous = await organizations.GetSubscriptionIdAsync(organizationId, cancellationToken);
                if (effect.EndedSubscriptionId is { } ended && ended != previous) return;
                await organizations.ChangePackageAsync(organizationId, effect.PackageId!, effect.SubscriptionId, cancellationToken);
                if (effect.EndedSubscriptionId is null && previous is not null && previous != effect.SubscriptionId)
                    await gateway.CancelSubscriptionAsync(previous, cancellationToken);
                break;
        }
    }
}
