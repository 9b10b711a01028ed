using EventFly.Services.Analytics.Contracts;
using EventFly.Services.Common;
using EventFly.Services.Feedback.Contracts;
using EventFly.Services.Outbox;
using EventFly.Services.Recommendations.Persistence;
using EventFly.Services.Recommendations.Ranking;
using EventFly.Services.Recommendations.ReadModels;
using EventFly.Services.Ticketing.Contracts;

namespace EventFly.Services.Recommendations;

/// <summary>
/// Writes what people did with events into <see cref="RecommendationInteraction"/> rows from the other contexts'
/// integration events: one row per person, event and kind, so a duplicate or late delivery changes nothing twice.
/// </summary>
internal sealed class InteractionLog(RecommendationsData db)
{
    /// <summary>The integration events this log learns from (a handler each).</summary>
    public static readonly Type[] Consumed =
        [typeof(OrderConfirmedV1), typeof(OrderCancelledV1), typeof(TicketCheckedInV1), typeof(FeedbackSubmittedV1), typeof(EventTrafficV1)];

    public Task ApplyAsync(object integrationEvent, CancellationToken cancellationToken) => integrationEvent switch
    {
        OrderConfirmedV1 e => RecordAsync(e.BuyerId, e.EventId, InteractionKind.Order, e.OccurredAt, null, cancellationToken),
        OrderCancelledV1 e => ForgetAsync(e.BuyerId, e.EventId, InteractionKind.Order, cancellationToken),
        TicketCheckedInV1 { HolderId: { } holder } e => RecordAsync(holder, e.EventId, InteractionKind.CheckIn, e.OccurredAt, null, cancellationToken),
        FeedbackSubmittedV1 e => RecordAsync(e.UserId, e.EventId, InteractionKind.Rating, e.OccurredAt, e.Rating, cancellationToken),
        EventTrafficV1 { UserId: { } user } e => RecordAsync(user, e.EventId,
            e.Kind == TrafficKind.PageView ? InteractionKind.PageView : InteractionKind.CheckoutStarted, e.OccurredAt, null, cancellationToken),
        _ => Task.CompletedTask, // a check-in or page view without a person: nothing to learn
    };

    /// <summary>Records (or refreshes) one interaction; a rating keeps the latest submission's value.</summary>
    public async Task RecordAsync(Guid userId, Guid eventId, InteractionKind kind, DateTimeOffset at, int? rating, CancellationToken cancellationToken)
    {
        var row = await db.Interactions.FindAsync([userId, eventId, kind], cancellationToken);
        if (row is null)
        {
            db.Interactions.Add(new RecommendationInteraction(userId, eventId, kind, at) { Rating = rating });
        }
        else if (at >= row.LastAt)
        {
            row.LastAt = at;
            row.Rating = rating ?? row.Rating;
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task ForgetAsync(Guid userId, Guid eventId, InteractionKind kind, CancellationToken cancellationToken)
    {
        if (await db.Interactions.FindAsync([userId, eventId, kind], cancellationToken) is not { } row) return;
        db.Interactions.Remove(row);
        await db.SaveChangesAsync(cancellationToken);
    }
}

/// <summary>Feeds one type of integration event to the <see cref="InteractionLog"/>.</summary>
internal sealed class InteractionHandler<T>(RecommendationsData db, InteractionLog log) : IntegrationEventHandler<T> where T : IIntegrationEvent
{
    protected override async Task HandleAsync(T integrationEvent, CancellationToken cancellationToken)
    {
        try
        {
            await log.ApplyAsync(integrationEvent, cancellationToken);
        }
        finally
        {
            // The dispatcher's handlers share one DbContext: leave nothing tracked (least of all a failed save) for the next.
            db.ChangeTracker.Clear();
        }
    }
}
