using EventFly.Domain.Ticketing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EventFly.Services.Ticketing.Configurations;

internal sealed class TicketTypeConfiguration : IEntityTypeConfiguration<TicketType>
{
    public void Configure(EntityTypeBuilder<TicketType> builder)
    {
        builder.ToTable("TicketTypes");
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Ignore(t => t.Price);
        builder.Ignore(t => t.Available);
        builder.Property(t => t.Name).HasMaxLength(TicketType.MaxNameLength);
        builder.Property(t => t.Description).HasMaxLength(1000);
        builder.Property(t => t.AccessLevel).HasMaxLength(50);
        builder.Property(t => t.Currency).HasMaxLength(3);
        builder.Property(t => t.PriceAmount).HasPrecision(18, 4);
        builder.Property(t => t.SalesStart).HasConversion(v => v.HasValue ? v.Value.UtcDateTime : (DateTime?)null, v => v.HasValue ? new DateTimeOffset(DateTime.SpecifyKind(v.Value, DateTimeKind.Utc)) : null);
        builder.Property(t => t.SalesEnd).HasConversion(v => v.HasValue ? v.Value.UtcDateTime : (DateTime?)null, v => v.HasValue ? new DateTimeOffset(DateTime.SpecifyKind(v.Value, DateTimeKind.Utc)) : null);
        builder.HasIndex(t => t.EventId);
        builder.ToTable(t => t.HasCheckConstraint("CK_TicketTypes_NotOversold", "\"Sold\" >= 0 AND \"Held\" >= 0 AND \"Sold\" + \"Held\" <= \"Capacity\""));
    }
}

internal sealed class QuotaConfiguration : IEntityTypeConfiguration<Quota>
{
    public void Configure(EntityTypeBuilder<Quota> builder)
    {
        builder.ToTable("TicketQuotas");
        builder.Property(q => q.Id).ValueGeneratedNever();
        builder.Property(q => q.Name).HasMaxLength(100);
        builder.HasIndex(q => q.EventId);
        builder.ToTable(t => t.HasCheckConstraint("CK_TicketQuotas_NotOversold", "\"Sold\" >= 0 AND \"Held\" >= 0 AND \"Sold\" + \"Held\" <= \"Capacity\""));
    }
}

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

internal sealed class OrderLineConfiguration : IEntityTypeConfiguration<OrderLine>
{
    public void Configure(EntityTypeBuilder<OrderLine> builder)
    {
        builder.ToTable("OrderLines");
        builder.HasKey(l => new { l.OrderId, l.TicketTypeId });
        builder.Property(l => l.UnitPrice).HasPrecision(18, 4);
    }
}

internal sealed class TicketConfiguration : IEntityTypeConfiguration<Ticket>
{
    public void Configure(EntityTypeBuilder<Ticket> builder)
    {
        builder.ToTable("Tickets");
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Property(t => t.Code).HasMaxLength(64);
        builder.HasIndex(t => t.Code).IsUnique();
    }
}

internal sealed class IdempotencyRecordConfiguration : IEntityTypeConfiguration<IdempotencyRecord>
{
    public void Configure(EntityTypeBuilder<IdempotencyRecord> builder)
    {
        builder.ToTable("IdempotencyRecords");
        builder.HasKey(r => new { r.UserId, r.Key });
        builder.Property(r => r.Key).HasMaxLength(200);
        builder.Property(r => r.RequestHash).HasMaxLength(64);
        builder.HasIndex(r => r.CreatedAt);
    }
}
