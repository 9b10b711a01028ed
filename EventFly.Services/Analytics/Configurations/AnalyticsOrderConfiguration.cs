using EventFly.Services.Analytics.ReadModels;
using EventFly.Services.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EventFly.Services.Analytics.Configurations;

internal sealed class AnalyticsOrderConfiguration : IEntityTypeConfiguration<AnalyticsOrder>
{
    public void Configure(EntityTypeBuilder<AnalyticsOrder> builder)
    {
        builder.ToTable("AnalyticsOrders");
        builder.HasKey(o => o.OrderId);
        builder.Property(o => o.OrderId).ValueGeneratedNever();
        builder.Property(o => o.Lines).HasMaxLength(4000);
        builder.Property(o => o.ConfirmedAt).HasConversion(UtcConverters.OptionalInstant);
        builder.Property(o => o.CancelledAt).HasConversion(UtcConverters.OptionalInstant);
        builder.HasIndex(o => o.EventId);
    }
}
