using System.Diagnostics;

namespace EventFly.Services.Outbox;

/// <summary>
/// Where the outbox dispatcher publishes integration events (ADR 0025): each subscribing context receives them through
/// a subscription of its own. In process by default (<see cref="InProcessIntegrationEventBus"/>); NATS JetStream when
/// <c>ConnectionStrings:Nats</c> is set (<see cref="NatsIntegrationEventBus"/>). E-mails and other local messages never
/// pass through it.
/// </summary>
internal interface IIntegrationEventBus
{
    /// <summary>
    /// Returns once the event is in the bus's hands: delivered to every consumer (in process) or stored by the broker.
    /// The same <paramref name="messageId"/> (the outbox message's id) published twice reaches each consumer once in effect.
    /// </summary>
    /// <exception cref="BrokerUnavailableException">The broker cannot be reached; the outbox keeps the message.</exception>
    Task PublishAsync(string type, string payload, Guid messageId, IReadOnlyDictionary<string, string> headers, CancellationToken cancellationToken);
}

/// <summary>The broker could not take a message: not the message's fault, so the outbox retries it without counting an attempt.</summary>
internal sealed class BrokerUnavailableException(string message, Exception? inner = null) : Exception(message, inner);

internal static class IntegrationEventHeaders
{
    public const string TraceParent = "traceparent";

    /// <summary>The W3C trace context of the current activity, if any, so a consumer's work can join the publisher's trace.</summary>
    public static IReadOnlyDictionary<string, string> Current() =>
        Activity.Current is { IdFormat: ActivityIdFormat.W3C, Id: { } id }
            ? new Dictionary<string, string>(StringComparer.Ordinal) { [TraceParent] = id }
            : new Dictionary<string, string>(StringComparer.Ordinal);
}
