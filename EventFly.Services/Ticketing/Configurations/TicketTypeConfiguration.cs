using EventFly.Domain.Ticketing;
using EventFly.Services.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using EventFly.Services.Ticketing.Contracts;

namespace EventFly.Services.Ticketing.Configurations;

internal sealed class TicketTypeConfiguration : IEntityTypeConfiguration<TicketType>
{
    /// <summary>The check constraint <see cref="SeatCounters.NotOversold"/> on ticket types.</summary>
    public const string NotOversoldCheck = "CK_TicketTypes_NotOversold";

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
        builder.Property(t => t.SalesStart).HasConversion(UtcConverters.OptionalInstant);
        builder.Property(t => t.SalesEnd).HasConversion(UtcConverters.OptionalInstant);
        builder.HasIndex(t => t.EventId);
        builder.ToTable(t => t.HasCheckConstraint(NotOversoldCheck, SeatCounters.NotOversold));
    }
}
