using EventFly.Domain.Engagement;
using EventFly.Services.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EventFly.Services.Engagement.Configurations;

internal sealed class ReactionConfiguration : IEntityTypeConfiguration<Reaction>
{
    /// <summary>One reaction of each kind per person and post; a second insert fails on it (and changes nothing).</summary>
    public const string Key = "PK_EngagementReactions";

    public void Configure(EntityTypeBuilder<Reaction> builder)
    {
        builder.ToTable("EngagementReactions");
        builder.HasKey(r => new { r.PostId, r.UserId, r.Kind }).HasName(Key);
        builder.Property(r => r.Kind).HasMaxLength(20);
        builder.Property(r => r.CreatedAt).HasConversion(UtcConverters.Instant);
        builder.HasOne<Post>().WithMany().HasForeignKey(r => r.PostId).OnDelete(DeleteBehavior.Cascade);
    }
}
