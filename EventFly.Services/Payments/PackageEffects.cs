using System.Text.Json;
using EventFly.Services.Organizations.Contracts;
using EventFly.Services.Outbox;

namespace EventFly.Services.Payments;

/// <summary>What an applied subscription notice means for the organization's package, carried by the outbox.</summary>
/// <param name="EndedSubscriptionId">For a subscription that ended: only if it is still the organization's does the package fall back.</param>
internal sealed record PackageEffect(Guid OrganizationId, string PackageId, string? SubscriptionId = null, string? EndedSubscriptionId = null);

/// <summary>
/// The package follows the subscription (through the Organizations facade; repeats are harmless). Switching packages
/// replaces the subscription: the previous one is cancelled at the gateway, and its ending no longer concerns the
/// organization. Orders learn of their payments from <c>OrderPaidV1</c> and <c>OrderCheckoutEndedV1</c> instead, so
/// Payments never calls Ticketing.
/// </summary>
internal sealed class PackageEffectHandler(IOrganizationBilling organizations, IPaymentGateway gateway) : IOutboxHandler
{
    /// <summary>The name outbox rows had when these effects also carried orders; kept so rows already queued are still applied.</summary>
    public const string MessageType = "payments.effect";

    public string Type => MessageType;

    public static OutboxMessage Message(PackageEffect effect, DateTimeOffset now) => new(MessageType, JsonSerializer.Serialize(effect), now);

    public async Task HandleAsync(string payload, CancellationToken cancellationToken)
    {
        var effect = JsonSerializer.Deserialize<PackageEffect>(payload)!;
        var previous = await organizations.GetSubscriptionIdAsync(effect.OrganizationId, cancellationToken);
        if (effect.EndedSubscriptionId is { } ended && ended != previous) return;
        await organizations.ChangePackageAsync(effect.OrganizationId, effect.PackageId, effect.SubscriptionId, cancellationToken);
        if (effect.EndedSubscriptionId is null && previous is not null && previous != effect.SubscriptionId)
            await gateway.CancelSubscriptionAsync(previous, cancellationToken);
    }
}
