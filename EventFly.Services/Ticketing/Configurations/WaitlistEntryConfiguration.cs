using EventFly.Domain.Ticketing;
using EventFly.Services.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using EventFly.Services.Ticketing.Contracts;

namespace EventFly.Services.Ticketing.Configurations;

internal sealed class WaitlistEntryConfiguration : IEntityTypeConfiguration<WaitlistEntry>
{
    /// <summary>The unique index of one active place per person and ticket type.</summary>
    public const string ActiveEntryPerUser = "IX_WaitlistEntries_TicketTypeId_UserId";

    public void Configure(EntityTypeBuilder<WaitlistEntry> builder)
    {
        builder.ToTable("WaitlistEntries");
        builder.Property(w => w.Id).ValueGeneratedNever();
        builder.Property(w => w.Status).HasConversion<string>().HasMaxLength(20).IsConcurrencyToken();
        builder.Property(w => w.CreatedAt).HasConversion(UtcConverters.Instant);
        builder.Property(w => w.OfferExpiresAt).HasConversion(UtcConverters.OptionalInstant);
        builder.HasIndex(w => new { w.TicketTypeId, w.Status, w.CreatedAt });
        // One active place per person and ticket type.
        builder.HasIndex(w => new { w.TicketTypeId, w.UserId }).IsUnique().HasDatabaseName(ActiveEntryPerUser).HasFilter("\"Status\" IN ('Waiting', 'Offered')");
        builder.HasOne<TicketType>().WithMany().HasForeignKey(w => w.TicketTypeId).OnDelete(DeleteBehavior.Cascade);
    }
}
