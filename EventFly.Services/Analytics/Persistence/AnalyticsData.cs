using EventFly.Services.Analytics.ReadModels;
using EventFly.Services.Persistence;
using Microsoft.EntityFrameworkCore;

namespace EventFly.Services.Analytics.Persistence;

/// <summary>Analytics' read models: fed only by integration events, rebuilt from the contexts' replayed history.</summary>
internal sealed class AnalyticsData(EventFlyDbContext db) : ContextData(db)
{
    public DbSet<AnalyticsEvent> Events => Set<AnalyticsEvent>();

    public DbSet<AnalyticsOrder> Orders => Set<AnalyticsOrder>();

    public DbSet<AnalyticsEventDay> Days => Set<AnalyticsEventDay>();

    public DbSet<AnalyticsTrafficDay> Traffic => Set<AnalyticsTrafficDay>();

    public DbSet<AnalyticsTicketTypeSales> TicketTypes => Set<AnalyticsTicketTypeSales>();

    public DbSet<AnalyticsCheckInSlot> CheckInSlots => Set<AnalyticsCheckInSlot>();

    public DbSet<AnalyticsFeedback> Feedback => Set<AnalyticsFeedback>();

    public DbSet<AnalyticsAppliedMessage> Applied => Set<AnalyticsAppliedMessage>();

    /// <summary>
    /// Saves, first bumping the <c>Version</c> of every counter row changed in place: a concurrent change to the same row
    /// (another dispatcher) then fails one of the saves instead of losing an update.
    /// </summary>
    public Task<int> SaveCountsAsync(CancellationToken cancellationToken)
    {
        ChangeTracker.DetectChanges();
        foreach (var entry in ChangeTracker.Entries().Where(e => e.State == EntityState.Modified))
        {
            if (entry.Metadata.FindProperty("Version") is null) continue;
            var version = entry.Property("Version");
            version.CurrentValue = (int)version.CurrentValue! + 1;
        }
        return SaveChangesAsync(cancellationToken);
    }
}
