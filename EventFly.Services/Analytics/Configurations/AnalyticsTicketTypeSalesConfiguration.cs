using EventFly.Services.Analytics.ReadModels;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EventFly.Services.Analytics.Configurations;

internal sealed class AnalyticsTicketTypeSalesConfiguration : IEntityTypeConfiguration<AnalyticsTicketTypeSales>
{
    public void Configure(EntityTypeBuilder<AnalyticsTicketTypeSales> builder)
    {
        builder.ToTable("AnalyticsTicketTypeSales");
        builder.HasKey(t => new { t.EventId, t.TicketTypeId });
        builder.Property(t => t.Version).IsConcurrencyToken();
    }
}
