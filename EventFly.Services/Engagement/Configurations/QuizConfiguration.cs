using EventFly.Domain.Engagement;
using EventFly.Services.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EventFly.Services.Engagement.Configurations;

internal sealed class QuizConfiguration : IEntityTypeConfiguration<Quiz>
{
    public void Configure(EntityTypeBuilder<Quiz> builder)
    {
        builder.ToTable("EngagementQuizzes");
        builder.Property(q => q.Id).ValueGeneratedNever();
        builder.Property(q => q.Title).HasMaxLength(Quiz.MaxTitleLength);
        // Every step is conditional on the state read: the host's next, an early reveal and the timer cannot both apply.
        builder.Property(q => q.Status).HasConversion<string>().HasMaxLength(20).IsConcurrencyToken();
        builder.Property(q => q.QuestionState).HasConversion<string>().HasMaxLength(20).IsConcurrencyToken();
        builder.Property(q => q.CurrentQuestionIndex).IsConcurrencyToken();
        builder.Property(q => q.QuestionOpenedAt).HasConversion(UtcConverters.OptionalInstant);
        builder.Property(q => q.QuestionRevealedAt).HasConversion(UtcConverters.OptionalInstant);
        builder.Property(q => q.CreatedAt).HasConversion(UtcConverters.Instant);
        builder.Property(q => q.StartedAt).HasConversion(UtcConverters.OptionalInstant);
        builder.Property(q => q.FinishedAt).HasConversion(UtcConverters.OptionalInstant);
        builder.HasIndex(q => new { q.EventId, q.CreatedAt });
        // The reveal timer: running quizzes with an open question.
        builder.HasIndex(q => new { q.Status, q.QuestionState });
        builder.HasMany(q => q.Questions).WithOne().HasForeignKey(q => q.QuizId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(q => q.Questions).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
