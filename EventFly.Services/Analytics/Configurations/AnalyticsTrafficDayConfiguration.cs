using EventFly.Services.Analytics.ReadModels;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EventFly.Services.Analytics.Configurations;

internal sealed class AnalyticsTrafficDayConfiguration : IEntityTypeConfiguration<AnalyticsTrafficDay>
{
    public void Configure(EntityTypeBuilder<AnalyticsTrafficDay> builder)
    {
        builder.ToTable("AnalyticsTrafficDays");
        builder.HasKey(d => new { d.EventId, d.Day });
        builder.Property(d => d.Version).IsConcurrencyToken();
    }
}
