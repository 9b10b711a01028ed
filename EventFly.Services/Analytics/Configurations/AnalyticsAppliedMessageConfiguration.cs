using EventFly.Services.Analytics.ReadModels;
using EventFly.Services.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EventFly.Services.Analytics.Configurations;

internal sealed class AnalyticsAppliedMessageConfiguration : IEntityTypeConfiguration<AnalyticsAppliedMessage>
{
    public void Configure(EntityTypeBuilder<AnalyticsAppliedMessage> builder)
    {
        builder.ToTable("AnalyticsAppliedMessages");
        builder.HasKey(m => m.Key);
        builder.Property(m => m.Key).HasMaxLength(AnalyticsAppliedMessage.MaxKeyLength);
        builder.Property(m => m.AppliedAt).HasConversion(UtcConverters.Instant);
    }
}
