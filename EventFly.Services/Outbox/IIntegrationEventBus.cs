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

/// <summary>The W3C trace context (ADR 0025) that goes with an integration event, so the consumers' spans join the trace that caused it.</summary>
internal static class IntegrationEventHeaders
{
    public const string TraceParent = "traceparent";

    public const string TraceState = "tracestate";

    /// <summary>
    /// The dispatch span's context (a child of the trace the message was stored in) or, when nothing records spans in
    /// this process, the stored <paramref name="storedTraceParent"/> itself: the consumers may run where spans are recorded.
    /// </summary>
    public static IReadOnlyDictionary<string, string> Of(Activity? sending, string? storedTraceParent)
    {
        var headers = new Dictionary<string, string>(StringComparer.Ordinal);
        if (sending is { IdFormat: ActivityIdFormat.W3C, Id: { } id })
        {
            headers[TraceParent] = id;
            if (!string.IsNullOrEmpty(sending.TraceStateString)) headers[TraceState] = sending.TraceStateString;
        }
        else if (!string.IsNullOrEmpty(storedTraceParent))
        {
            headers[TraceParent] = storedTraceParent;
        }
        return headers;
    }

    /// <summary>The context a consumer's span continues: the headers' (default, a new trace, when absent or malformed).</summary>
    public static ActivityContext Parent(string? traceParent, string? traceState) =>
        ActivityContext.TryParse(traceParent, traceState, isRemote: true, out var context) ? context : default;
}
