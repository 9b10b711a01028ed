using System.Runtime.CompilerServices;
using EventFly.Services.Common;
using EventFly.Services.Feedback.Contracts;
using EventFly.Services.Feedback.Persistence;
using Microsoft.EntityFrameworkCore;

namespace EventFly.Services.Feedback;

/// <summary>Feedback's past as it announced it: each first submission and, for a replaced one, the latest (both with today's rating: the old one is gone).</summary>
internal sealed class FeedbackHistory(FeedbackData db) : IIntegrationEventHistory
{
    public async IAsyncEnumerable<object> ReplayAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var f in db.Feedback.AsNoTracking().OrderBy(f => f.Id).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            yield return new FeedbackSubmittedV1(f.Id, f.EventId, f.OrganizationId, f.UserId, f.Rating, f.CreatedAt);
            if (f.UpdatedAt is { } updated) yield return new FeedbackSubmittedV1(f.Id, f.EventId, f.OrganizationId, f.UserId, f.Rating, updated);
        }
    }
}
