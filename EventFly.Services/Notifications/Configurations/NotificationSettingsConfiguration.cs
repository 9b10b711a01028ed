using EventFly.Domain.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EventFly.Services.Notifications.Configurations;

internal sealed class NotificationSettingsConfiguration : IEntityTypeConfiguration<NotificationSettings>
{
    /// <summary>One row per person: two first saves racing fail on it (the second retries as an update).</summary>
    public const string Key = "PK_NotificationSettings";

    public void Configure(EntityTypeBuilder<NotificationSettings> builder)
    {
        builder.ToTable("NotificationSettings");
        builder.HasKey(s => s.UserId).HasName(Key);
        builder.Property(s => s.Reminders).HasConversion<string>().HasMaxLength(16);
        builder.Property(s => s.Posts).HasConversion<string>().HasMaxLength(16);
        builder.Property(s => s.FeedbackRequests).HasConversion<string>().HasMaxLength(16);
    }
}
