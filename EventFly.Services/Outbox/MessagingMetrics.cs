using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace EventFly.Services.Outbox;

/// <summary>
/// The meter <c>EventFly.Messaging</c>, per consumer: <c>eventfly.messaging.dead_letters</c> (Prometheus
/// <c>eventfly_messaging_dead_letters_total</c>), messages given up on by this process, and, with NATS,
/// <c>eventfly.messaging.consumer.lag</c> (<c>eventfly_messaging_consumer_lag</c>), what the consumer's durable has not
/// acknowledged yet (pending plus awaiting acknowledgement, as the broker last said; the same figure on every process
/// that samples it). The consumer <see cref="Outbox"/> stands for the outbox's own give-ups: a message that failed
/// <see cref="OutboxMessage.MaxAttempts"/> times (an e-mail, or an integration event a context failed on in process).
/// Dead letters are observed from running totals, so every known consumer shows 0 before its first one.
/// </summary>
internal sealed class MessagingMetrics
{
    public const string MeterName = "EventFly.Messaging";
    public const string Outbox = "outbox";

    private readonly ConcurrentDictionary<string, long> _deadLetters = new(StringComparer.Ordinal) { [Outbox] = 0 };
    private readonly ConcurrentDictionary<string, long> _lag = new(StringComparer.Ordinal);

    public MessagingMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        meter.CreateObservableCounter("eventfly.messaging.dead_letters", () => Per(_deadLetters), "{message}",
            "Messages given up on, per consumer (a context's NATS durable, or 'outbox').");
        meter.CreateObservableGauge("eventfly.messaging.consumer.lag", () => Per(_lag), "{message}",
            "Integration events a context's NATS consumer has not acknowledged yet (pending + awaiting acknowledgement).");
    }

    /// <summary>A consumer this process runs: its dead letters show (as 0) from now on.</summary>
    public void Track(string consumer) => _deadLetters.TryAdd(consumer, 0);

    public void DeadLettered(string consumer) => _deadLetters.AddOrUpdate(consumer, 1, (_, n) => n + 1);

    public void ConsumerLag(string consumer, long messages) => _lag[consumer] = messages;

    /// <summary>The consumer's lag is unknown (its durable is gone or the broker did not answer): it is not reported.</summary>
    public void ConsumerLagUnknown(string consumer) => _lag.TryRemove(consumer, out _);

    private static IEnumerable<Measurement<long>> Per(ConcurrentDictionary<string, long> values) =>
        [.. values.Select(v => new Measurement<long>(v.Value, new KeyValuePair<string, object?>("consumer", v.Key)))];
}
