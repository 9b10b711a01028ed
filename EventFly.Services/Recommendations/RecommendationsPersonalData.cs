using EventFly.Services.Common;
using EventFly.Services.Recommendations.Persistence;
using Microsoft.EntityFrameworkCore;

namespace EventFly.Services.Recommendations;

/// <summary>What the recommender logged of the person (events viewed, bought, rated, dismissed), for their data export.</summary>
internal sealed class RecommendationsPersonalData(RecommendationsData db) : IPersonalDataSource
{
    public string Section => "recommendationInteractions";

    public async Task<object> ExportAsync(Guid userId, CancellationToken cancellationToken) =>
        await db.Interactions.AsNoTracking().Where(i => i.UserId == userId).OrderBy(i => i.FirstAt)
            .Select(i => new InteractionExport(i.EventId, i.Kind.ToString(), i.FirstAt, i.LastAt, i.Rating))
            .ToListAsync(cancellationToken);

    private sealed record InteractionExport(Guid EventId, string Kind, DateTimeOffset FirstAt, DateTimeOffset LastAt, int? Rating);
}
