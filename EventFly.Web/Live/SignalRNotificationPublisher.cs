using EventFly.Services.Notifications.Contracts;
using Microsoft.AspNetCore.SignalR;

namespace EventFly.Web.Live;

/// <summary>
/// Notifications' pushes: to every hub connection of the user (group <c>user:{id}</c>, across instances through the Redis
/// backplane) and to this instance's portal circuits (<see cref="NotificationSignal"/>).
/// </summary>
internal sealed class SignalRNotificationPublisher(IHubContext<LiveHub> hub, NotificationSignal signal) : INotificationPublisher
{
    public Task NotificationReceivedAsync(Guid userId, NotificationView notification, int unread, CancellationToken cancellationToken)
    {
        signal.Raise(userId, new NotificationPush(notification, unread));
        return hub.Clients.Group(LiveGroups.User(userId))
            .SendAsync(LiveMessages.NotificationReceived, new NotificationReceivedMessage(notification, unread), cancellationToken);
    }

    public Task UnreadChangedAsync(Guid userId, int unread, CancellationToken cancellationToken)
    {
        signal.Raise(userId, new NotificationPush(null, unread));
        return hub.Clients.Group(LiveGroups.User(userId)).SendAsync(LiveMessages.UnreadChanged, unread, cancellationToken);
    }

    /// <summary>The shape of <c>NotificationReceivedDto</c>.</summary>
    private sealed record NotificationReceivedMessage(NotificationView Notification, int Unread);
}
