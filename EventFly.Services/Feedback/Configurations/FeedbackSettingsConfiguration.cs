using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EventFly.Services.Feedback.Configurations;

internal sealed class FeedbackSettingsConfiguration : IEntityTypeConfiguration<FeedbackSettings>
{
    /// <summary>One settings row per event: the first save of two racing ones wins, the second is retried as an update.</summary>
    public const string Key = "PK_FeedbackSettings";

    public void Configure(EntityTypeBuilder<FeedbackSettings> builder)
    {
        builder.ToTable("FeedbackSettings");
        builder.HasKey(s => s.EventId).HasName(Key);
        builder.Property(s => s.EventId).ValueGeneratedNever();
        builder.Property(s => s.Opening).HasConversion<string>().HasMaxLength(20);
    }
}
