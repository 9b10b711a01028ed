using EventFly.Domain.Engagement;
using EventFly.Services.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EventFly.Services.Engagement.Configurations;

internal sealed class QuizAnswerConfiguration : IEntityTypeConfiguration<QuizAnswer>
{
    /// <summary>One answer per person and question; a second insert fails on it (409 <c>already_answered</c>).</summary>
    public const string OnePerUser = "UX_EngagementQuizAnswers_QuestionId_UserId";

    public void Configure(EntityTypeBuilder<QuizAnswer> builder)
    {
        builder.ToTable("EngagementQuizAnswers");
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.AnsweredAt).HasConversion(UtcConverters.Instant);
        builder.HasIndex(a => new { a.QuestionId, a.UserId }).IsUnique().HasDatabaseName(OnePerUser);
        // The leaderboard and a player's previous answer (their streak).
        builder.HasIndex(a => new { a.QuizId, a.UserId });
        builder.HasOne<QuizQuestion>().WithMany().HasForeignKey(a => a.QuestionId).OnDelete(DeleteBehavior.Cascade);
    }
}
