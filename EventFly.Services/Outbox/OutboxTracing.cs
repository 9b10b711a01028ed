using System.Diagnostics;

namespace EventFly.Services.Outbox;

/// <summary>
/// The outbox's spans: one per message sent (a child of the trace that stored it, through
/// <see cref="OutboxMessage.TraceParent"/>) and one per consuming context.
/// </summary>
internal static class OutboxTracing
{
    public const string SourceName = "EventFly.Outbox";

    private static readonly ActivitySource Source = new(SourceName);

    public static Activity? Dispatching(OutboxMessage message)
    {
        var activity = Source.StartActivity($"send {message.Type}", ActivityKind.Producer, message.TraceParent);
        activity?.SetTag("messaging.message.id", message.Id.ToString());
        activity?.SetTag("messaging.destination.name", message.Type);
        return activity;
    }

    /// <summary>
    /// A context's work on one message: a child of <paramref name="parent"/> (the message's trace headers, over a broker)
    /// or, when that is default, of the current activity (its dispatch, in process).
    /// </summary>
    public static Activity? Consuming(string type, string consumer, ActivityContext parent)
    {
        var activity = Source.StartActivity($"consume {type}", ActivityKind.Consumer, parent);
        activity?.SetTag("messaging.destination.name", type);
        activity?.SetTag("messaging.consumer.group.name", consumer);
        return activity;
    }
}
