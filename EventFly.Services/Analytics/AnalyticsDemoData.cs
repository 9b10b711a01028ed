using EventFly.Services.Analytics.Contracts;
using EventFly.Services.Analytics.Persistence;
using EventFly.Services.Analytics.ReadModels;
using EventFly.Services.DemoData;
using Microsoft.EntityFrameworkCore;

namespace EventFly.Services.Analytics;

/// <summary>
/// After every other context's demo data (written straight into their tables): the read models rebuilt from it, once,
/// and the page views and checkout starts that led to its sales (Analytics is their only record, so they are made here).
/// </summary>
internal sealed class AnalyticsDemoData(AnalyticsData db, IAnalyticsRebuild rebuild) : IDemoDataContributor
{
    public int Order => 1000;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await db.Days.AnyAsync(cancellationToken)) return;
        await rebuild.RebuildAsync(cancellationToken);

        // Each paying order had a checkout start, and some starts were abandoned; a few visitors per start saw the page.
        var dice = new DemoDice(1015);
        var salesDays = await db.Days.AsNoTracking().Where(d => d.OrdersPaid > 0).OrderBy(d => d.EventId).ThenBy(d => d.Day)
            .Select(d => new { d.EventId, d.Day, d.OrdersPaid }).ToListAsync(cancellationToken);
        foreach (var sale in salesDays)
        {
            var checkouts = sale.OrdersPaid + dice.Between(0, sale.OrdersPaid / 2 + 1);
            db.Traffic.Add(new AnalyticsTrafficDay(sale.EventId, sale.Day)
            {
                CheckoutsStarted = checkouts,
                PageViews = checkouts * dice.Between(3, 6) + dice.Between(2, 12),
            });
        }
        await db.SaveChangesAsync(cancellationToken);
    }
}
