using EventFly.Services.Analytics.Contracts;
using EventFly.Services.Analytics.Persistence;
using EventFly.Services.DemoData;
using Microsoft.EntityFrameworkCore;

namespace EventFly.Services.Analytics;

/// <summary>After every other context's demo data (written straight into their tables): the read models rebuilt from it, once.</summary>
internal sealed class AnalyticsDemoData(AnalyticsData db, IAnalyticsRebuild rebuild) : IDemoDataContributor
{
    public int Order => 1000;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await db.Days.AnyAsync(cancellationToken)) return;
        await rebuild.RebuildAsync(cancellationToken);
    }
}
