using EventFly.Client.Contracts;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.Logging;

namespace EventFly.Client.Api;

/// <summary>
/// <see cref="INotificationFeed"/> over one hub connection for the app session (the hub puts every signed-in connection
/// in its user's group). Same-origin, so the Identity cookie authenticates it, as for <see cref="LiveChannel"/>; it
/// reconnects with the same back-off, forever, and raises <see cref="Resynchronise"/> after each reconnect.
/// </summary>
internal sealed partial class HubNotificationFeed(NavigationManager navigation, ILogger<HubNotificationFeed> logger) : INotificationFeed, IAsyncDisposable
{
    private readonly CancellationTokenSource _disposing = new();
    private HubConnection? _hub;

    public event Func<NotificationReceivedDto, Task>? Received;

    public event Func<int, Task>? UnreadChanged;

    public event Func<Task>? Resynchronise;

    public Task StartAsync(CancellationToken cancellationToken = default)
    {
        if (_hub is not null) return Task.CompletedTask;
        _hub = new HubConnectionBuilder()
            .WithUrl(navigation.ToAbsoluteUri("hubs/live"))
            .WithAutomaticReconnect(new LiveChannel.ForeverRetryPolicy())
            .Build();
        _hub.On<NotificationReceivedDto>("NotificationReceived", dto => Received?.Invoke(dto) ?? Task.CompletedTask);
        _hub.On<int>("UnreadChanged", unread => UnreadChanged?.Invoke(unread) ?? Task.CompletedTask);
        _hub.Reconnected += _ => Resynchronise?.Invoke() ?? Task.CompletedTask;
        _hub.Closed += error =>
        {
            if (!_disposing.IsCancellationRequested) _ = ConnectAsync(resynchronise: true);
            return Task.CompletedTask;
        };
        _ = ConnectAsync(resynchronise: false);
        return Task.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        if (_disposing.IsCancellationRequested) return;
        await _disposing.CancelAsync();
        if (_hub is not null) await _hub.DisposeAsync();
        _disposing.Dispose();
    }

    /// <summary>Starts the connection, backing off between failures, until it is up or the app goes.</summary>
    private async Task ConnectAsync(bool resynchronise)
    {
        try
        {
            for (var attempt = 0; ; attempt++)
            {
                if (attempt > 0) await Task.Delay(LiveChannel.Backoff[Math.Min(attempt, LiveChannel.Backoff.Length - 1)], _disposing.Token);
                if (_hub!.State != HubConnectionState.Disconnected) return;
                try
                {
                    await _hub.StartAsync(_disposing.Token);
                }
                catch (Exception ex) when (ex is HttpRequestException or IOException or System.Net.WebSockets.WebSocketException or TimeoutException)
                {
                    LogConnectFailed(logger, ex);
                    continue;
                }
                if (resynchronise && Resynchronise is { } resync) await resync();
                return;
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or ObjectDisposedException or InvalidOperationException)
        {
            // The app went away, or another start got there first.
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Notification stream could not connect")]
    private static partial void LogConnectFailed(ILogger logger, Exception exception);
}
