using EventFly.Services.Payments.Contracts;

namespace EventFly.Services.Payments;

/// <summary>A payment notice already applied, keyed by the gateway's event id: replays find it and change nothing.</summary>
internal sealed class ProcessedPaymentNotice
{
    private ProcessedPaymentNotice()
    {
        Id = "";
        Type = "";
    }

    public ProcessedPaymentNotice(string id, string type, DateTimeOffset now)
    {
        Id = id;
        Type = type;
        ReceivedAt = now.UtcDateTime;
    }

    public string Id { get; private set; }

    public string Type { get; private set; }

    public DateTime ReceivedAt { get; private set; }
}
