using EventFly.Services.Notifications.Contracts;

namespace EventFly.Services.Notifications;

/// <summary>The default when no host pushes to open apps (workers, tests): every push is dropped.</summary>
internal sealed class NullNotificationPublisher : INotificationPublisher
{
    public Task NotificationReceivedAsync(Guid userId, NotificationView notification, int unread, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task UnreadChangedAsync(Guid userId, int unread, CancellationToken cancellationToken) => Task.CompletedTask;
}
