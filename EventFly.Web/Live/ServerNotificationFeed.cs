using EventFly.Client.Api;
using EventFly.Client.Contracts;
using EventFly.Web.Endpoints;
using EventFly.Web.Identity;
using Microsoft.AspNetCore.Components.Authorization;

namespace EventFly.Web.Live;

/// <summary>
/// A portal circuit's <see cref="INotificationFeed"/>: the in-process <see cref="NotificationSignal"/> for the circuit's
/// user, plus a <see cref="Resynchronise"/> every <see cref="RefreshEvery"/>, because a notification made by another
/// process (a worker, another web instance) reaches the hub's clients through the backplane but not this signal.
/// </summary>
internal sealed class ServerNotificationFeed(NotificationSignal signal, AuthenticationStateProvider authentication, TimeProvider time)
    : INotificationFeed, IDisposable
{
    public static readonly TimeSpan RefreshEvery = TimeSpan.FromSeconds(60);

    private IDisposable? _subscription;
    private ITimer? _refresh;

    public event Func<NotificationReceivedDto, Task>? Received;

    public event Func<int, Task>? UnreadChanged;

    public event Func<Task>? Resynchronise;

    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        if (_subscription is not null) return;
        if ((await authentication.GetAuthenticationStateAsync()).User.FindUserId() is not { } userId) return;
        _subscription ??= signal.Subscribe(userId, push => _ = OnPushAsync(push));
        _refresh ??= time.CreateTimer(_ => _ = RaiseAsync(Resynchronise), null, RefreshEvery, RefreshEvery);
    }

    public void Dispose()
    {
        _refresh?.Dispose();
        _subscription?.Dispose();
    }

    private Task OnPushAsync(NotificationPush push) => push.Notification is { } notification
        ? RaiseAsync(Received, new NotificationReceivedDto(NotificationEndpoints.ToDto(notification), push.Unread))
        : RaiseAsync(UnreadChanged, push.Unread);

    // Async, so that a failing handler ends in its own task and never in the publisher's call or the timer.
    private static async Task RaiseAsync(Func<Task>? handler)
    {
        if (handler is not null) await handler();
    }

    private static async Task RaiseAsync<T>(Func<T, Task>? handler, T value)
    {
        if (handler is not null) await handler(value);
    }
}
