using EventFly.Services.Analytics.ReadModels;
using EventFly.Services.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EventFly.Services.Analytics.Configurations;

internal sealed class AnalyticsEventConfiguration : IEntityTypeConfiguration<AnalyticsEvent>
{
    public void Configure(EntityTypeBuilder<AnalyticsEvent> builder)
    {
        builder.ToTable("AnalyticsEvents");
        builder.HasKey(e => e.EventId);
        builder.Property(e => e.EventId).ValueGeneratedNever();
        builder.Property(e => e.Currency).HasMaxLength(3);
        builder.Property(e => e.PublishedAt).HasConversion(UtcConverters.OptionalInstant);
        builder.Property(e => e.CancelledAt).HasConversion(UtcConverters.OptionalInstant);
        builder.HasIndex(e => e.OrganizationId);
    }
}
