using EventFly.Domain.Ticketing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using EventFly.Services.Ticketing.Contracts;

namespace EventFly.Services.Ticketing.Configurations;

internal sealed class OrderLineConfiguration : IEntityTypeConfiguration<OrderLine>
{
    public void Configure(EntityTypeBuilder<OrderLine> builder)
    {
        builder.ToTable("OrderLines");
        builder.HasKey(l => new { l.OrderId, l.TicketTypeId });
        builder.Property(l => l.UnitPrice).HasPrecision(18, 4);
    }
}
