using EventFly.Domain.Engagement;
using EventFly.Services.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EventFly.Services.Engagement.Configurations;

internal sealed class PostConfiguration : IEntityTypeConfiguration<Post>
{
    /// <summary>
    /// Not part of the domain: whether the post's appearance was pushed live. Set for posts published at once; the
    /// scheduled-post job sets it by a conditional update, so of several containers exactly one pushes a post that fell due.
    /// </summary>
    public const string Announced = "Announced";

    public void Configure(EntityTypeBuilder<Post> builder)
    {
        builder.ToTable("EngagementPosts");
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Body).HasMaxLength(Post.MaxBodyLength);
        builder.Property(p => p.ImageFileId).HasMaxLength(Post.MaxImageFileIdLength);
        builder.Property(p => p.PublishAt).HasConversion(UtcConverters.Instant);
        builder.Property(p => p.CreatedAt).HasConversion(UtcConverters.Instant);
        builder.Property(p => p.EditedAt).HasConversion(UtcConverters.OptionalInstant);
        builder.Property(p => p.PinnedAt).HasConversion(UtcConverters.OptionalInstant);
        builder.Property<bool>(Announced);
        // The feed: an event's posts, pinned first, newest first, those due by now.
        builder.HasIndex(p => new { p.EventId, p.PinnedAt, p.PublishAt });
        builder.HasIndex(Announced, nameof(Post.PublishAt));
    }
}
