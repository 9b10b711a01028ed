using EventFly.Services.Ticketing.Contracts;

namespace EventFly.Services.Ticketing;

/// <summary>An <c>Idempotency-Key</c> a buyer used, the request it came with, and the order it produced (kept ≥ 24 h).</summary>
internal sealed class IdempotencyRecord
{
    private IdempotencyRecord()
    {
        Key = "";
        RequestHash = "";
    }

    public IdempotencyRecord(Guid userId, string key, string requestHash, Guid orderId, DateTimeOffset now)
    {
        UserId = userId;
        Key = key;
        RequestHash = requestHash;
        OrderId = orderId;
        CreatedAt = now.UtcDateTime;
    }

    public Guid UserId { get; private set; }

    public string Key { get; private set; }

    public string RequestHash { get; private set; }

    public Guid OrderId { get; private set; }

    public DateTime CreatedAt { get; private set; }
}
