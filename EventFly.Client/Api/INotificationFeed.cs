using EventFly.Client.Contracts;

namespace EventFly.Client.Api;

/// <summary>
/// The signed-in user's notification pushes (hub messages <c>NotificationReceived</c> and <c>UnreadChanged</c>): one per
/// app session, over the hub in the browser, in-process in a portal circuit. Handlers may run on another thread.
/// </summary>
public interface INotificationFeed
{
    event Func<NotificationReceivedDto, Task>? Received;

    event Func<int, Task>? UnreadChanged;

    /// <summary>Connected again after losing the connection: pushes may have been missed, reload the count.</summary>
    event Func<Task>? Resynchronise;

    /// <summary>Starts listening (once; later calls do nothing); keeps trying in the background if it cannot connect.</summary>
    Task StartAsync(CancellationToken cancellationToken = default);
}
