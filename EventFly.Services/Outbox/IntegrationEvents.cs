using System.Reflection;
using System.Text.Json;
using EventFly.Services.Common;

namespace EventFly.Services.Outbox;

/// <summary>Puts integration events into the outbox, in the transaction of the change they announce.</summary>
internal static class IntegrationEvents
{
    /// <summary>The message types of every integration event of every context (a public record implementing <see cref="IIntegrationEvent"/>).</summary>
    public static IReadOnlySet<string> Known { get; } = typeof(IntegrationEvents).Assembly.GetTypes()
        .Where(t => t.IsPublic && !t.IsAbstract && typeof(IIntegrationEvent).IsAssignableFrom(t))
        .Select(t => (string)t.GetProperty(nameof(IIntegrationEvent.MessageType), BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!)
        .ToHashSet();

    public static OutboxMessage ToOutbox<T>(T integrationEvent) where T : IIntegrationEvent =>
        new(T.MessageType, JsonSerializer.Serialize(integrationEvent), integrationEvent.OccurredAt);
}

/// <summary>
/// One context's handling of one type of integration event, as the message bus sees it: <see cref="Consumer"/> names
/// the subscription (a durable consumer with NATS) that it belongs to, so a failing context retries alone.
/// </summary>
internal interface IIntegrationEventHandler : IOutboxHandler
{
    /// <summary>The subscribing context, lowercase (<c>analytics</c>): by default the context folder of the handler's namespace.</summary>
    string Consumer { get; }
}

/// <summary>A context's consumer of an integration event. Must tolerate being called twice for the same event.</summary>
internal abstract class IntegrationEventHandler<T> : IIntegrationEventHandler where T : IIntegrationEvent
{
    public string Type => T.MessageType;

    public virtual string Consumer => ConsumerOf(GetType());

    public Task HandleAsync(string payload, CancellationToken cancellationToken) =>
        HandleAsync(JsonSerializer.Deserialize<T>(payload)!, cancellationToken);

    protected abstract Task HandleAsync(T integrationEvent, CancellationToken cancellationToken);

    /// <summary><c>EventFly.Services.Analytics.Handlers</c> → <c>analytics</c>.</summary>
    internal static string ConsumerOf(Type handler)
    {
        const string root = "EventFly.Services.";
        var ns = handler.Namespace ?? "";
        if (!ns.StartsWith(root, StringComparison.Ordinal))
            throw new InvalidOperationException($"{handler.Name} is outside EventFly.Services: override {nameof(Consumer)}.");
        return ns[root.Length..].Split('.')[0].ToLowerInvariant();
    }
}
