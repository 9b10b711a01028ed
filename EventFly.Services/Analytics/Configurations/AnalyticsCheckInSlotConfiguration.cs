using EventFly.Services.Analytics.ReadModels;
using EventFly.Services.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EventFly.Services.Analytics.Configurations;

internal sealed class AnalyticsCheckInSlotConfiguration : IEntityTypeConfiguration<AnalyticsCheckInSlot>
{
    public void Configure(EntityTypeBuilder<AnalyticsCheckInSlot> builder)
    {
        builder.ToTable("AnalyticsCheckInSlots");
        builder.HasKey(s => new { s.EventId, s.Start });
        builder.Property(s => s.Start).HasConversion(UtcConverters.Instant);
        builder.Property(s => s.Version).IsConcurrencyToken();
    }
}
