using EventFly.Domain.Ticketing;
using EventFly.Services.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using EventFly.Services.Ticketing.Contracts;

namespace EventFly.Services.Ticketing.Configurations;

internal sealed class OrderConfiguration : IEntityTypeConfiguration<Order>
{
    public void Configure(EntityTypeBuilder<Order> builder)
    {
        builder.ToTable("Orders");
        builder.Property(o => o.Id).ValueGeneratedNever();
        // Every status change is conditional on the status read: two cancels, or a cancel and a payment, cannot both apply.
        builder.Property(o => o.Status).HasConversion<string>().HasMaxLength(20).IsConcurrencyToken();
        builder.Property(o => o.CreatedAt).HasConversion(UtcConverters.Instant);
        builder.Property(o => o.ExpiresAt).HasConversion(UtcConverters.OptionalInstant);
        builder.Property(o => o.ClosedAt).HasConversion(UtcConverters.OptionalInstant);
        builder.Property(o => o.CheckoutUrl).HasMaxLength(500);
        builder.Property(o => o.Currency).HasMaxLength(3);
        builder.Property(o => o.TotalAmount).HasPrecision(18, 4);
        builder.HasIndex(o => new { o.BuyerId, o.CreatedAt });
        builder.HasIndex(o => new { o.EventId, o.CreatedAt });
        builder.HasIndex(o => new { o.Status, o.ExpiresAt });
        builder.HasMany(o => o.Lines).WithOne().HasForeignKey(l => l.OrderId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(o => o.Tickets).WithOne().HasForeignKey(t => t.OrderId).OnDelete(DeleteBehavior.Cascade);
    }
}
