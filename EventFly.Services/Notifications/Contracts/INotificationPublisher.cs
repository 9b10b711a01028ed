namespace EventFly.Services.Notifications.Contracts;

/// <summary>
/// The port through which Notifications tells a person's open apps that something arrived (the bell's count); the host
/// implements it with the live hub (a group per user). Without a host, nothing is pushed. Called after the
/// notification is stored; a failed push loses nothing (the apps reload the list when they open it).
/// </summary>
public interface INotificationPublisher
{
    /// <param name="unread">The recipient's unread count after this notification.</param>
    Task NotificationReceivedAsync(Guid userId, NotificationView notification, int unread, CancellationToken cancellationToken);

    /// <summary>The recipient read some or all notifications (in another tab or device): the new unread count.</summary>
    Task UnreadChangedAsync(Guid userId, int unread, CancellationToken cancellationToken);
}
