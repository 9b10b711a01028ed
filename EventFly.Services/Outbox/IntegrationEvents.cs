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

/// <summary>A context's consumer of an integration event. Must tolerate being called twice for the same event.</summary>
internal abstract class IntegrationEventHandler<T> : IOutboxHandler where T : IIntegrationEvent
{
    public string Type => T.MessageType;

    public Task HandleAsync(string payload, CancellationToken cancellationToken) =>
        HandleAsync(JsonSerializer.Deserialize<T>(payload)!, cancellationToken);

    protected abstract Task HandleAsync(T integrationEvent, CancellationToken cancellationToken);
}
