using EventFly.Domain.Engagement;
using EventFly.Services.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EventFly.Services.Engagement.Configurations;

internal sealed class MuteConfiguration : IEntityTypeConfiguration<Mute>
{
    /// <summary>One mute per person and event; a second moderator's insert fails on it (and changes nothing).</summary>
    public const string Key = "PK_EngagementMutes";

    public void Configure(EntityTypeBuilder<Mute> builder)
    {
        builder.ToTable("EngagementMutes");
        builder.HasKey(m => new { m.EventId, m.UserId }).HasName(Key);
        builder.Property(m => m.At).HasConversion(UtcConverters.Instant);
    }
}
