using EventFly.Domain.Ticketing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EventFly.Services.Ticketing.Configurations;

internal sealed class OrderConfiguration : IEntityTypeConfiguration<Order>
{
    public void Configure(EntityTypeBuilder<Order> builder)
    {
        builder.ToTable("Orders");
        builder.Property(o => o.Id).ValueGeneratedNever();
        builder.Property(o => o.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(o => o.Currency).HasMaxLength(3);
        builder.Property(o => o.TotalAmount).HasPrecision(18, 4);
        builder.HasIndex(o => new { o.BuyerId, o.CreatedAt });
        builder.HasIndex(o => o.EventId);
        builder.HasMany(o => o.Lines).WithOne().HasForeignKey(l => l.OrderId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(o => o.Tickets).WithOne().HasForeignKey(t => t.OrderId).OnDelete(DeleteBehavior.Cascade);
    }
}
