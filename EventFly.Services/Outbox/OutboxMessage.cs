using System.Diagnostics;

namespace EventFly.Services.Outbox;

/// <summary>
/// A side effect (an e-mail; later integration events) stored in the same transaction as the change that caused it,
/// then dispatched at least once. Times are UTC <see cref="DateTime"/> so SQLite can compare them in queries.
/// </summary>
internal sealed class OutboxMessage
{
    public const int MaxAttempts = 10;

    private OutboxMessage()
    {
        Type = "";
        Payload = "";
    }

    public OutboxMessage(string type, string payload, DateTimeOffset now)
    {
        Id = Guid.CreateVersion7(now);
        Type = type;
        Payload = payload;
        CreatedAt = now.UtcDateTime;
        DueAt = now.UtcDateTime;
        TraceParent = Activity.Current?.Id;
    }

    public Guid Id { get; private set; }

    public string Type { get; private set; }

    public string Payload { get; private set; }

    public DateTime CreatedAt { get; private set; }

    /// <summary>Not before this time: retries back off, and a claimed message is hidden from other dispatchers.</summary>
    public DateTime DueAt { get; private set; }

    public DateTime? DispatchedAt { get; private set; }

    public int Attempts { get; private set; }

    public string? LastError { get; private set; }

    /// <summary>
    /// The W3C <c>traceparent</c> of what caused the message (the request that placed an order), so its dispatch and
    /// every consumer's work join that trace.
    /// </summary>
    public string? TraceParent { get; private set; }
}
