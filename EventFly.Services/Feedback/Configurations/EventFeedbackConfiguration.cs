using EventFly.Domain.Feedback;
using EventFly.Services.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EventFly.Services.Feedback.Configurations;

internal sealed class EventFeedbackConfiguration : IEntityTypeConfiguration<EventFeedback>
{
    /// <summary>One feedback per person and event: a racing first submission fails on it and is retried as a replacement.</summary>
    public const string OnePerPersonAndEvent = "IX_Feedback_EventId_UserId";

    public void Configure(EntityTypeBuilder<EventFeedback> builder)
    {
        builder.ToTable("Feedback");
        builder.Property(f => f.Id).ValueGeneratedNever();
        builder.Property(f => f.Comment).HasMaxLength(FeedbackInput.MaxCommentLength);
        builder.Property(f => f.Reply).HasMaxLength(EventFeedback.MaxReplyLength);
        builder.Property(f => f.CreatedAt).HasConversion(UtcConverters.Instant);
        builder.Property(f => f.UpdatedAt).HasConversion(UtcConverters.OptionalInstant);
        builder.Property(f => f.RepliedAt).HasConversion(UtcConverters.OptionalInstant);
        builder.Property(f => f.HiddenAt).HasConversion(UtcConverters.OptionalInstant);
        builder.HasIndex(f => new { f.EventId, f.UserId }).IsUnique().HasDatabaseName(OnePerPersonAndEvent);
        builder.HasIndex(f => f.OrganizationId);
    }
}
