namespace EventFly.Services.Outbox;

/// <summary>
/// <c>EventFly:Messaging</c>: how the NATS transport retries a consumer's failures (ADR 0025), how long a crashed
/// worker's unfinished work stays hidden from the next one, and how long either transport remembers the messages each
/// consumer applied. The broker itself is <c>ConnectionStrings:Nats</c>; without it integration events stay in process
/// and the NATS settings do nothing.
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

    public TimeSpan AckWait => TimeSpan.FromSeconds(AckWaitSeconds);

    public TimeSpan OutboxLease => TimeSpan.FromSeconds(OutboxLeaseSeconds);

    public TimeSpan RetryDelay(ulong deliveries) =>
        TimeSpan.FromSeconds(Math.Min(MaxRetryDelaySeconds, RetryDelaySeconds * Math.Pow(2, Math.Max(0, (double)deliveries - 1))));

    /// <summary>
    /// How long a consumer's <see cref="ProcessedMessage"/> record is kept (then pruned); longer than
    /// <see cref="RepeatHorizon"/>. A week by default.
    /// </summary>
    public double ProcessedRetentionHours { get; set; } = 24 * 7;

    public TimeSpan ProcessedRetention => TimeSpan.FromHours(ProcessedRetentionHours);

    /// <summary>
    /// The longest after a consumer applied a message that a repeat of it can still arrive: the broker's duplicate window,
    /// a consumer's redeliveries (each up to its ack wait and back-off), the outbox's retries (a claim's lease and the
    /// doubling back-off per attempt). A repeat after an outage longer than the retention is not covered.
    /// </summary>
    public TimeSpan RepeatHorizon()
    {
        var redeliveries = TimeSpan.Zero;
        for (ulong delivery = 1; delivery <= (ulong)Math.Max(1, MaxDeliver); delivery++) redeliveries += AckWait + RetryDelay(delivery);
        var outboxRetries = TimeSpan.Zero;
        for (var attempt = 1; attempt <= OutboxMessage.MaxAttempts; attempt++) outboxRetries += OutboxLease + TimeSpan.FromSeconds(Math.Pow(2, attempt));
        return new[] { NatsBroker.DuplicateWindow, redeliveries, outboxRetries }.Max();
    }
}
