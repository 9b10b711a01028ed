using System.Diagnostics.Metrics;
using EventFly.Services.Persistence;
using Microsoft.EntityFrameworkCore;

namespace EventFly.Services.Outbox;

/// <summary>
/// The meter <c>EventFly.Outbox</c>: <c>eventfly.outbox.lag</c> (Prometheus <c>eventfly_outbox_lag_seconds</c>), the age
/// of the oldest message not dispatched yet (0 when none waits). The dispatcher looks the oldest one up after its rounds
/// (at most every <see cref="RefreshEvery"/>), so a scrape costs no query; a process that never dispatches (a web-only
/// host) reports nothing, and the fleet's lag is the maximum over the processes that do.
/// </summary>
internal sealed class OutboxMetrics
{
    public const string MeterName = "EventFly.Outbox";

    /// <summary>How stale the looked-up oldest message may get: a lag that ended meanwhile shows this much longer at most.</summary>
    public static readonly TimeSpan RefreshEvery = TimeSpan.FromSeconds(5);

    private readonly TimeProvider _time;
    private readonly Lock _gate = new();
    private bool _measured;
    private DateTimeOffset _refreshedAt;
    private DateTimeOffset? _oldestPending;

    public OutboxMetrics(IMeterFactory meters, TimeProvider time)
    {
        _time = time;
        meters.Create(MeterName).CreateObservableGauge("eventfly.outbox.lag", Observe, "s",
            "Age of the oldest outbox message not dispatched yet (0 when none waits); messages given up on are not counted.");
    }

    /// <summary>After a dispatcher round: looks up the oldest waiting message unless it did so within <see cref="RefreshEvery"/>.</summary>
    public async Task RefreshAsync(OutboxData db, CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        lock (_gate)
            if (_measured && now - _refreshedAt < RefreshEvery) return;
        var oldest = await db.Outbox.AsNoTracking()
            .Where(m => m.DispatchedAt == null && m.Attempts < OutboxMessage.MaxAttempts)
            .MinAsync(m => (DateTime?)m.CreatedAt, cancellationToken);
        lock (_gate)
        {
            _measured = true;
            _refreshedAt = now;
            _oldestPending = oldest is { } created ? new DateTimeOffset(DateTime.SpecifyKind(created, DateTimeKind.Utc)) : null;
        }
    }

    private IEnumerable<Measurement<double>> Observe()
    {
        lock (_gate)
        {
            if (!_measured) return [];
            var lag = _oldestPending is { } oldest ? Math.Max(0, (_time.GetUtcNow() - oldest).TotalSeconds) : 0;
            return [new Measurement<double>(lag)];
        }
    }
}
