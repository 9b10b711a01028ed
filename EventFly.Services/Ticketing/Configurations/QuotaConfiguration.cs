using EventFly.Domain.Ticketing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using EventFly.Services.Ticketing.Contracts;

namespace EventFly.Services.Ticketing.Configurations;

internal sealed class QuotaConfiguration : IEntityTypeConfiguration<Quota>
{
    /// <summary>The check constraint <see cref="SeatCounters.NotOversold"/> on quotas.</summary>
    public const string NotOversoldCheck = "CK_TicketQuotas_NotOversold";

    public void Configure(EntityTypeBuilder<Quota> builder)
    {
        builder.ToTable("TicketQuotas");
        builder.Property(q => q.Id).ValueGeneratedNever();
        builder.Property(q => q.Name).HasMaxLength(100);
        builder.HasIndex(q => q.EventId);
        builder.ToTable(t => t.HasCheckConstraint(NotOversoldCheck, SeatCounters.NotOversold));
    }
}
