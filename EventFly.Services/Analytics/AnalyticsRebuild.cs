using System.Diagnostics;
using EventFly.Services.Analytics.Contracts;
using EventFly.Services.Analytics.Persistence;
using EventFly.Services.Common;
using EventFly.Services.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace EventFly.Services.Analytics;

/// <summary>
/// Empties the read models and feeds every context's replayed history through the same projector the outbox feeds, in
/// one transaction (readers see the old numbers until it commits). Traffic is kept: Analytics is its only record.
/// Messages dispatched meanwhile wait for the transaction and then find their facts already counted.
/// </summary>
internal sealed partial class AnalyticsRebuild(
    AnalyticsData db,
    AnalyticsProjector projector,
    IEnumerable<IIntegrationEventHistory> histories,
    WriteTransactions writes,
    ILogger<AnalyticsRebuild> logger) : IAnalyticsRebuild
{
    public async Task<RebuildReport> RebuildAsync(CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var replayed = 0;
        db.ChangeTracker.Clear();
        var detectChanges = db.ChangeTracker.AutoDetectChangesEnabled;
        // Every row is new (Added): nothing to detect, and detecting on each lookup would make the rebuild quadratic.
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        projector.Rebuilding = true;
        try
        {
            await using var transaction = await writes.BeginAsync(cancellationToken);
            await db.Days.ExecuteDeleteAsync(cancellationToken);
            await db.Orders.ExecuteDeleteAsync(cancellationToken);
            await db.TicketTypes.ExecuteDeleteAsync(cancellationToken);
            await db.CheckInSlots.ExecuteDeleteAsync(cancellationToken);
            await db.Feedback.ExecuteDeleteAsync(cancellationToken);
            await db.Applied.Where(a => !a.Key.StartsWith("hit:")).ExecuteDeleteAsync(cancellationToken);
            // Events that only have traffic keep their row (the traffic refers to it); the others are told again.
            var withTraffic = db.Traffic.Select(t => t.EventId);
            await db.Events.Where(e => !withTraffic.Contains(e.EventId)).ExecuteDeleteAsync(cancellationToken);
            await db.Events.ExecuteUpdateAsync(s => s.SetProperty(e => e.PublishedAt, (DateTimeOffset?)null).SetProperty(e => e.CancelledAt, (DateTimeOffset?)null)
                .SetProperty(e => e.Currency, (string?)null), cancellationToken);
            await db.Events.LoadAsync(cancellationToken);

            foreach (var history in histories)
            {
                await foreach (var integrationEvent in history.ReplayAsync(cancellationToken))
                {
                    await projector.ApplyAsync(integrationEvent, cancellationToken);
                    replayed++;
                }
            }
            db.ChangeTracker.DetectChanges();
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        finally
        {
            projector.Rebuilding = false;
            db.ChangeTracker.AutoDetectChangesEnabled = detectChanges;
            db.ChangeTracker.Clear();
        }
        var report = new RebuildReport(replayed, Stopwatch.GetElapsedTime(started));
        LogRebuilt(logger, report.EventsReplayed, report.Duration.TotalMilliseconds);
        return report;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Analytics rebuilt from {Events} replayed integration events in {Milliseconds} ms")]
    private static partial void LogRebuilt(ILogger logger, int events, double milliseconds);
}
