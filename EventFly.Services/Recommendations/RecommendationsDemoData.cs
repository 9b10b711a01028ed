using EventFly.Services.Common;
using EventFly.Services.DemoData;
using EventFly.Services.Recommendations.Persistence;
using Microsoft.EntityFrameworkCore;

namespace EventFly.Services.Recommendations;

/// <summary>
/// After the other contexts' demo data (written straight into their tables, so never announced): the interaction log
/// learns the demo's orders, check-ins and ratings from the contexts' replayed history, once.
/// </summary>
internal sealed class RecommendationsDemoData(RecommendationsData db, InteractionLog log, IEnumerable<IIntegrationEventHistory> histories) : IDemoDataContributor
{
    public int Order => 1010;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await db.Interactions.AnyAsync(cancellationToken)) return;
        foreach (var history in histories)
            await foreach (var integrationEvent in history.ReplayAsync(cancellationToken))
            {
                await log.ApplyAsync(integrationEvent, cancellationToken);
                db.ChangeTracker.Clear();
            }
    }
}
