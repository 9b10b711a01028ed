using EventFly.Services.Analytics.ReadModels;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EventFly.Services.Analytics.Configurations;

internal sealed class AnalyticsEventDayConfiguration : IEntityTypeConfiguration<AnalyticsEventDay>
{
    public void Configure(EntityTypeBuilder<AnalyticsEventDay> builder)
    {
        builder.ToTable("AnalyticsEventDays");
        builder.HasKey(d => new { d.EventId, d.Day });
        builder.Property(d => d.Version).IsConcurrencyToken();
        builder.HasIndex(d => d.Day);
    }
}
