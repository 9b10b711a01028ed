using EventFly.Domain.Engagement;
using EventFly.Services.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EventFly.Services.Engagement.Configurations;

internal sealed class QuestionVoteConfiguration : IEntityTypeConfiguration<QuestionVote>
{
    /// <summary>The key that keeps upvotes to one per person; a second insert fails on it (409 <c>already_upvoted</c>).</summary>
    public const string Key = "PK_EngagementQuestionVotes";

    public void Configure(EntityTypeBuilder<QuestionVote> builder)
    {
        builder.ToTable("EngagementQuestionVotes");
        builder.HasKey(v => new { v.QuestionId, v.UserId }).HasName(Key);
        builder.Property(v => v.At).HasConversion(UtcConverters.Instant);
        builder.HasOne<Question>().WithMany().HasForeignKey(v => v.QuestionId).OnDelete(DeleteBehavior.Cascade);
    }
}
