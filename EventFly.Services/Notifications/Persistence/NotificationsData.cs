using EventFly.Domain.Notifications;
using EventFly.Services.Persistence;
using Microsoft.EntityFrameworkCore;

namespace EventFly.Services.Notifications.Persistence;

/// <summary>The Notifications context's tables: every notification sent (the inbox) and people's preferences.</summary>
internal sealed class NotificationsData(EventFlyDbContext db) : ContextData(db)
{
    public DbSet<Notification> Notifications => Set<Notification>();

    public DbSet<NotificationSettings> Settings => Set<NotificationSettings>();
}
