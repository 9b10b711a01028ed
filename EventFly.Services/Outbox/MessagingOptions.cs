namespace EventFly.Services.Outbox;

/// <summary>
/// <c>EventFly:Messaging</c>: how the NATS transport retries a consumer's failures (ADR 0025), and how long a crashed
/// worker's unfinished work stays hidden from the next one. The broker itself is <c>ConnectionStrings:Nats</c>; without
/// it integration events stay in process and the NATS settings do nothing.
/// </summary>
internal sealed class MessagingOptions
{
    public const string Section = "EventFly:Messaging";

    /// <summary>Deliveries to one consumer before a message goes to that consumer's dead letters.</summary>
    public int MaxDeliver { get; set; } = 5;

    /// <summary>The wait after a consumer's first failure; it doubles with each further one, up to <see cref="MaxRetryDelaySeconds"/>.</summary>
    public double RetryDelaySeconds { get; set; } = 1;

    public double MaxRetryDelaySeconds { get; set; } = 60;

    /// <summary>
    /// With NATS: how long a message handed to a consumer waits for its acknowledgement before the broker delivers it
    /// again (to whichever worker asks next): what a worker killed mid-message costs in delay.
    /// </summary>
    public double AckWaitSeconds { get; set; } = 60;

    /// <summary>
    /// How long the outbox dispatcher's claim hides a message from other dispatchers; a worker killed mid-batch leaves
    /// its claimed messages to the next dispatcher after this. Must exceed the time a batch takes to send.
    /// </summary>
    public double OutboxLeaseSeconds { get; set; } = 120;

    public TimeSpan RetryDelay(ulong deliveries) =>
        TimeSpan.FromSeconds(Math.Min(MaxRetryDelaySeconds, RetryDelaySeconds * Math.Pow(2, Math.Max(0, (double)deliveries - 1))));
}
