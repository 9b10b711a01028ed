using System.Runtime.CompilerServices;
using EventFly.Services.Common;
using EventFly.Services.Events.Contracts;
using EventFly.Services.Events.Persistence;
using Microsoft.EntityFrameworkCore;

namespace EventFly.Services.Events;

/// <summary>Events' past as it announced it: each publication and cancellation.</summary>
internal sealed class EventsHistory(EventsData db) : IIntegrationEventHistory
{
    public async IAsyncEnumerable<object> ReplayAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var events = db.Events.AsNoTracking().Where(e => e.PublishedAt != null || e.CancelledAt != null)
            .Select(e => new { e.Id, e.OrganizationId, e.PublishedAt, e.CancelledAt }).OrderBy(e => e.Id);
        await foreach (var e in events.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            if (e.PublishedAt is { } published) yield return new EventPublishedV1(e.Id, e.OrganizationId, published);
            if (e.CancelledAt is { } cancelled) yield return new EventCancelledV1(e.Id, e.OrganizationId, cancelled);
        }
    }
}
