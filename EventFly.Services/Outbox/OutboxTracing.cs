using System.Diagnostics;

namespace EventFly.Services.Outbox;

/// <summary>
/// The outbox's spans: one per message sent (a child of the trace that stored it, through
/// <see cref="OutboxMessage.TraceParent"/>) and one per consumer that handles it, named after the consumer's context.
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

    public static Activity? Consuming(string type, IOutboxHandler handler)
    {
        var activity = Source.StartActivity($"consume {type}", ActivityKind.Consumer);
        activity?.SetTag("messaging.destination.name", type);
        activity?.SetTag("messaging.consumer.group.name", ContextOf(handler));
        return activity;
    }

    /// <summary>The consumer's bounded context, from its namespace (<c>EventFly.Services.Analytics…</c> → Analytics).</summary>
    public static string ContextOf(IOutboxHandler handler) =>
        handler.GetType().Namespace?.Split('.') is [_, _, var context, ..] ? context : handler.GetType().Name;
}
