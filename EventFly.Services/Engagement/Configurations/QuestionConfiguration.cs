using EventFly.Domain.Engagement;
using EventFly.Services.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EventFly.Services.Engagement.Configurations;

internal sealed class QuestionConfiguration : IEntityTypeConfiguration<Question>
{
    public void Configure(EntityTypeBuilder<Question> builder)
    {
        builder.ToTable("EngagementQuestions");
        builder.Property(q => q.Id).ValueGeneratedNever();
        builder.Property(q => q.Body).HasMaxLength(Question.MaxBodyLength);
        // Moderators' steps are conditional on the status read: two of them at once cannot both apply.
        builder.Property(q => q.Status).HasConversion<string>().HasMaxLength(20).IsConcurrencyToken();
        builder.Property(q => q.CreatedAt).HasConversion(UtcConverters.Instant);
        builder.Property(q => q.AnsweredAt).HasConversion(UtcConverters.OptionalInstant);
        builder.Property(q => q.HiddenAt).HasConversion(UtcConverters.OptionalInstant);
        builder.HasIndex(q => new { q.EventId, q.VoteCount });
        builder.HasIndex(q => new { q.EventId, q.CreatedAt });
    }
}
