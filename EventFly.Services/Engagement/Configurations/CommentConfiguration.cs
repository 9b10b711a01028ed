using EventFly.Domain.Engagement;
using EventFly.Services.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EventFly.Services.Engagement.Configurations;

internal sealed class CommentConfiguration : IEntityTypeConfiguration<Comment>
{
    public void Configure(EntityTypeBuilder<Comment> builder)
    {
        builder.ToTable("EngagementComments");
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Body).HasMaxLength(Comment.MaxBodyLength);
        builder.Property(c => c.CreatedAt).HasConversion(UtcConverters.Instant);
        builder.Property(c => c.HiddenAt).HasConversion(UtcConverters.OptionalInstant);
        builder.Property(c => c.DeletedAt).HasConversion(UtcConverters.OptionalInstant);
        builder.HasIndex(c => new { c.PostId, c.CreatedAt });
        builder.HasOne<Post>().WithMany().HasForeignKey(c => c.PostId).OnDelete(DeleteBehavior.Cascade);
    }
}
