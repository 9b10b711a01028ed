namespace EventFly.Services.Outbox;

/// <summary>
/// An integration event no context consumes yet: dispatching only marks it sent. Until the message bus (NATS, issue 12)
/// carries them, the outbox table is the record of what each context announced.
/// </summary>
internal sealed class RecordedOnlyHandler(string type) : IOutboxHandler
{
    public string Type { get; } = type;

    public Task HandleAsync(string payload, CancellationToken cancellationToken) => Task.CompletedTask;
}
