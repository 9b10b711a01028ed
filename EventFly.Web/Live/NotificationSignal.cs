using System.Collections.Concurrent;
using EventFly.Services.Notifications.Contracts;

namespace EventFly.Web.Live;

/// <summary>A notification push for one user: the new notification (null when only the count changed) and the unread count.</summary>
internal sealed record NotificationPush(NotificationView? Notification, int Unread);

/// <summary>
/// The in-process side of <see cref="SignalRNotificationPublisher"/>: portal circuits run on the server and are not clients
/// of the hub, so they subscribe here per user. Only this process's notifications arrive here;
/// <see cref="ServerNotificationFeed"/> refreshes for the rest (docs/decisions/0020-notification-bell.md).
/// </summary>
internal sealed class NotificationSignal
{
    private readonly ConcurrentDictionary<Guid, ConcurrentDictionary<object, Action<NotificationPush>>> _listeners = new();

    /// <summary>Calls <paramref name="listener"/> for each push to <paramref name="userId"/> until the result is disposed.</summary>
    public IDisposable Subscribe(Guid userId, Action<NotificationPush> listener)
    {
        var key = new object();
        _listeners.GetOrAdd(userId, _ => new()).TryAdd(key, listener);
        return new Subscription(() =>
        {
            if (_listeners.TryGetValue(userId, out var mine)) mine.TryRemove(key, out _);
        });
    }

    public void Raise(Guid userId, NotificationPush push)
    {
        if (!_listeners.TryGetValue(userId, out var mine)) return;
        foreach (var listener in mine.Values) listener(push);
    }

    private sealed class Subscription(Action dispose) : IDisposable
    {
        public void Dispose() => dispose();
    }
}
