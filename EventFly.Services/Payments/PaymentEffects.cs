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
internal sealed record PaymentEffect(PaymentEffectKind Kind, Guid? OrderId = null, Guid? OrganizationId = null, string? PackageId = null, string? SubscriptionId = null);

/// <summary>
/// Carries payment effects to Ticketing (confirm or abandon the order) and Organizations (the package follows the
/// subscription). Both calls tolerate repeats, as outbox handlers must.
/// </summary>
internal sealed class PaymentEffectsHandler(ITicketingService ticketing, IOrganizationService organizations) : IOutboxHandler
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
                await organizations.ChangePackageAsync(effect.OrganizationId!.Value, effect.PackageId!, effect.SubscriptionId, cancellationToken);
                break;
        }
    }
}
