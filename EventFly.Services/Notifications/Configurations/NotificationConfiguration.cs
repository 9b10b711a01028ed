using EventFly.Domain.Notifications;
using EventFly.Services.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EventFly.Services.Notifications.Configurations;

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    /// <summary>One notification per key (recipient and reason): a second insert fails on it and sends nothing.</summary>
    public const string KeyIndex = "UX_Notifications_Key";

    public void Configure(EntityTypeBuilder<Notification> builder)
    {
        builder.ToTable("Notifications");
        builder.HasKey(n => n.Id).HasName("PK_Notifications");
        builder.Property(n => n.Key).HasMaxLength(NotificationKeys.MaxLength).IsRequired();
        builder.HasIndex(n => n.Key).IsUnique().HasDatabaseName(KeyIndex);
        builder.HasIndex(n => new { n.UserId, n.InApp, n.CreatedAt }).HasDatabaseName("IX_Notifications_Inbox");
        builder.HasIndex(n => new { n.EventId, n.Reason }).HasDatabaseName("IX_Notifications_Event");
        builder.Property(n => n.Reason).HasConversion<string>().HasMaxLength(32);
        builder.Property(n => n.Title).HasMaxLength(Notification.TitleMaxLength).IsRequired();
        builder.Property(n => n.Body).HasMaxLength(Notification.BodyMaxLength).IsRequired();
        builder.Property(n => n.Link).HasMaxLength(Notification.LinkMaxLength);
        builder.Property(n => n.CreatedAt).HasConversion(UtcConverters.Instant);
        builder.Property(n => n.ReadAt).HasConversion(UtcConverters.OptionalInstant);
    }
}
