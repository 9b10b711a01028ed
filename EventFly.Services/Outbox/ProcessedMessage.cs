namespace EventFly.Services.Outbox;

/// <summary>
/// An integration event one consumer (context) has applied, keyed by the outbox message's id: a redelivery by the
/// broker, a second publish or the outbox's retry after another context failed finds it and changes nothing.
/// </summary>
internal sealed class ProcessedMessage
{
    private ProcessedMessage()
    {
        Consumer = "";
    }

    public ProcessedMessage(string consumer, Guid messageId, DateTimeOffset now)
    {
        Consumer = consumer;
        MessageId = messageId;
        ProcessedAt = now.UtcDateTime;
    }

    public string Consumer { get; private set; }

    public Guid MessageId { get; private set; }

    public DateTime ProcessedAt { get; private set; }
}
