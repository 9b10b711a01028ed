namespace EventFly.Services.Outbox;

/// <summary>Carries out one type of outbox message. Must tolerate being called twice for the same message.</summary>
internal interface IOutboxHandler
{
    string Type { get; }

    Task HandleAsync(string payload, CancellationToken cancellationToken);
}
