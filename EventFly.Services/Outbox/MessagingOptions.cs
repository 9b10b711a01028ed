namespace EventFly.Services.Outbox;

/// <summary>
/// <c>EventFly:Messaging</c>: how the NATS transport retries a consumer's failures (ADR 0025). The broker itself is
/// <c>ConnectionStrings:Nats</c>; without it integration events stay in process and these settings do nothing.
/// </summary>
internal sealed class MessagingOptions
{
    public const string Section = "EventFly:Messaging";

    /// <summary>Deliveries to one consumer before a message goes to that consumer's dead letters.</summary>
    public int MaxDeliver { get; set; } = 5;

    /// <summary>The wait after a consumer's first failure; it doubles with each further one, up to <see cref="MaxRetryDelaySeconds"/>.</summary>
    public double RetryDelaySeconds { get; set; } = 1;

    public double MaxRetryDelaySeconds { get; set; } = 60;

    public TimeSpan RetryDelay(ulong deliveries) =>
        TimeSpan.FromSeconds(Math.Min(MaxRetryDelaySeconds, RetryDelaySeconds * Math.Pow(2, Math.Max(0, (double)deliveries - 1))));
}
