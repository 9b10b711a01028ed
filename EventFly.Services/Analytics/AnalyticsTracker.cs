using EventFly.Services.Analytics.Contracts;
using EventFly.Services.Analytics.Persistence;
using EventFly.Services.Common;
using EventFly.Services.Events.Contracts;
using EventFly.Services.Outbox;

namespace EventFly.Services.Analytics;

/// <summary>
/// A page view or checkout start becomes an outbox row and nothing more: the count happens when the dispatcher feeds it
/// to the projector, so a busy event page never waits on the read models.
/// </summary>
internal sealed class AnalyticsTracker(AnalyticsData db, IEventService events, TimeProvider time) : IAnalyticsTracker
{
    public async Task TrackAsync(Actor actor, Guid eventId, TrafficKind kind, CancellationToken cancellationToken)
    {
        if (await events.GetSummaryAsync(eventId, cancellationToken) is not { Status: EventState.Published or EventState.Ended }) return;
        var now = time.GetUtcNow();
        db.Add(IntegrationEvents.ToOutbox(new EventTrafficV1(Guid.CreateVersion7(now), eventId, kind, now, actor.IsSignedIn ? actor.UserId : null)));
        await db.SaveChangesAsync(cancellationToken);
    }
}
