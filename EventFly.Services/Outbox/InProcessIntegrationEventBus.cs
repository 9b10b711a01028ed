namespace EventFly.Services.Outbox;

/// <summary>
/// The default transport: the consumers run in the dispatcher's process and scope, one context after another. A context
/// that fails does not stop the others; the publish then fails, the outbox retries the message, and the contexts that
/// had applied it drop the repeat (<see cref="IntegrationEventDelivery"/>), so the failing one retries alone.
/// </summary>
internal sealed class InProcessIntegrationEventBus(IntegrationEventDelivery delivery) : IIntegrationEventBus
{
    public async Task PublishAsync(string type, string payload, Guid messageId, IReadOnlyDictionary<string, string> headers, CancellationToken cancellationToken)
    {
        List<Exception>? failures = null;
        foreach (var (consumer, types) in delivery.Subscriptions())
        {
            if (!types.Contains(type)) continue;
            try
            {
                await delivery.DeliverAsync(consumer, type, payload, messageId, default, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                (failures ??= []).Add(new InvalidOperationException($"{consumer}: {ex.Message}", ex));
            }
        }
        if (failures is [var single]) throw single;
        if (failures is not null) throw new AggregateException(failures);
    }
}
