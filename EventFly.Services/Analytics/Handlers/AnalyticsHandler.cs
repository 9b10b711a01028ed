using EventFly.Services.Analytics.Persistence;
using EventFly.Services.Common;
using EventFly.Services.Outbox;
using EventFly.Services.Persistence;

namespace EventFly.Services.Analytics.Handlers;

/// <summary>
/// Feeds one type of integration event to the projector and saves its rows in one transaction: a fact and its key
/// commit together, a conflict with another dispatcher fails the message, and the outbox retries it.
/// </summary>
internal sealed class AnalyticsHandler<T>(AnalyticsData db, AnalyticsProjector projector, WriteTransactions writes) : IntegrationEventHandler<T>
    where T : IIntegrationEvent
{
    protected override async Task HandleAsync(T integrationEvent, CancellationToken cancellationToken)
    {
        try
        {
            await using var transaction = await writes.BeginAsync(cancellationToken);
            await projector.ApplyAsync(integrationEvent, cancellationToken);
            await db.SaveCountsAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        finally
        {
            // The dispatcher's handlers share one DbContext: leave nothing tracked (least of all a failed save) for the next.
            db.ChangeTracker.Clear();
        }
    }
}
