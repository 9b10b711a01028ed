using System.Collections.Concurrent;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.StackExchangeRedis;
using StackExchange.Redis;

namespace EventFly.Web.Live;

/// <summary>
/// The Redis backplane, degrading instead of failing: every connection and group membership is kept both in Redis's
/// manager and in the in-process one. A send goes through Redis (to every instance); while Redis is unreachable it goes
/// to this instance's own connections instead (single-instance fan-out, a warning once), and when Redis is back (its
/// connection restored, or the next send gets through) the memberships made meanwhile are subscribed there too.
/// </summary>
internal sealed partial class ResilientHubLifetimeManager<THub> : HubLifetimeManager<THub>, IDisposable where THub : Hub
{
    private readonly RedisHubLifetimeManager<THub> _redis;
    private readonly DefaultHubLifetimeManager<THub> _local;
    private readonly BackplaneConnection _backplane;
    private readonly ILogger _logger;

    /// <summary>Memberships Redis missed while it was down, to subscribe once it is back.</summary>
    private readonly ConcurrentDictionary<(string Connection, string Group), bool> _missed = new();
    private int _degraded;

    public ResilientHubLifetimeManager(RedisHubLifetimeManager<THub> redis, DefaultHubLifetimeManager<THub> local, BackplaneConnection backplane,
        ILogger<ResilientHubLifetimeManager<THub>> logger)
    {
        (_redis, _local, _backplane, _logger) = (redis, local, backplane, logger);
        backplane.Restored += OnRestored;
    }

    public override async Task OnConnectedAsync(HubConnectionContext connection)
    {
        await _local.OnConnectedAsync(connection);
        await TryRedisAsync(() => _redis.OnConnectedAsync(connection));
    }

    public override async Task OnDisconnectedAsync(HubConnectionContext connection)
    {
        foreach (var key in _missed.Keys.Where(k => k.Connection == connection.ConnectionId)) _missed.TryRemove(key, out _);
        await _local.OnDisconnectedAsync(connection);
        await TryRedisAsync(() => _redis.OnDisconnectedAsync(connection));
    }

    public override async Task AddToGroupAsync(string connectionId, string groupName, CancellationToken cancellationToken = default)
    {
        await _local.AddToGroupAsync(connectionId, groupName, cancellationToken);
        if (!await TryRedisAsync(() => _redis.AddToGroupAsync(connectionId, groupName, cancellationToken))) _missed[(connectionId, groupName)] = true;
    }

    public override async Task RemoveFromGroupAsync(string connectionId, string groupName, CancellationToken cancellationToken = default)
    {
        _missed.TryRemove((connectionId, groupName), out _);
        await _local.RemoveFromGroupAsync(connectionId, groupName, cancellationToken);
        await TryRedisAsync(() => _redis.RemoveFromGroupAsync(connectionId, groupName, cancellationToken));
    }

    public override Task SendAllAsync(string methodName, object?[] args, CancellationToken cancellationToken = default) =>
        SendAsync(m => m.SendAllAsync(methodName, args, cancellationToken));

    public override Task SendAllExceptAsync(string methodName, object?[] args, IReadOnlyList<string> excludedConnectionIds, CancellationToken cancellationToken = default) =>
        SendAsync(m => m.SendAllExceptAsync(methodName, args, excludedConnectionIds, cancellationToken));

    public override Task SendConnectionAsync(string connectionId, string methodName, object?[] args, CancellationToken cancellationToken = default) =>
        SendAsync(m => m.SendConnectionAsync(connectionId, methodName, args, cancellationToken));

    public override Task SendConnectionsAsync(IReadOnlyList<string> connectionIds, string methodName, object?[] args, CancellationToken cancellationToken = default) =>
        SendAsync(m => m.SendConnectionsAsync(connectionIds, methodName, args, cancellationToken));

    public override Task SendGroupAsync(string groupName, string methodName, object?[] args, CancellationToken cancellationToken = default) =>
        SendAsync(m => m.SendGroupAsync(groupName, methodName, args, cancellationToken));

    public override Task SendGroupsAsync(IReadOnlyList<string> groupNames, string methodName, object?[] args, CancellationToken cancellationToken = default) =>
        SendAsync(m => m.SendGroupsAsync(groupNames, methodName, args, cancellationToken));

    public override Task SendGroupExceptAsync(string groupName, string methodName, object?[] args, IReadOnlyList<string> excludedConnectionIds,
        CancellationToken cancellationToken = default) =>
        SendAsync(m => m.SendGroupExceptAsync(groupName, methodName, args, excludedConnectionIds, cancellationToken));

    public override Task SendUserAsync(string userId, string methodName, object?[] args, CancellationToken cancellationToken = default) =>
        SendAsync(m => m.SendUserAsync(userId, methodName, args, cancellationToken));

    public override Task SendUsersAsync(IReadOnlyList<string> userIds, string methodName, object?[] args, CancellationToken cancellationToken = default) =>
        SendAsync(m => m.SendUsersAsync(userIds, methodName, args, cancellationToken));

    public override Task<T> InvokeConnectionAsync<T>(string connectionId, string methodName, object?[] args, CancellationToken cancellationToken) =>
        _redis.InvokeConnectionAsync<T>(connectionId, methodName, args, cancellationToken);

    public override Task SetConnectionResultAsync(string connectionId, Microsoft.AspNetCore.SignalR.Protocol.CompletionMessage result) =>
        _redis.SetConnectionResultAsync(connectionId, result);

    public override bool TryGetReturnType(string invocationId, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Type? type) =>
        _redis.TryGetReturnType(invocationId, out type);

    public void Dispose()
    {
        _backplane.Restored -= OnRestored;
        _redis.Dispose();
    }

    private void OnRestored()
    {
        if (Interlocked.Exchange(ref _degraded, 0) == 1) _ = RecoverAsync();
    }

    private async Task SendAsync(Func<HubLifetimeManager<THub>, Task> send)
    {
        if (!await TryRedisAsync(() => send(_redis))) await send(_local);
    }

    /// <returns>False when Redis was unreachable (then it is noted, once per outage).</returns>
    private async Task<bool> TryRedisAsync(Func<Task> action)
    {
        try
        {
            await action();
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException)
        {
            if (Interlocked.Exchange(ref _degraded, 1) == 0) LogDegraded(_logger, ex);
            return false;
        }
        if (Volatile.Read(ref _degraded) == 1 && Interlocked.Exchange(ref _degraded, 0) == 1) await RecoverAsync();
        return true;
    }

    /// <summary>Subscribes in Redis what was joined while it was down (removing first: Redis's manager had noted the name but not subscribed).</summary>
    private async Task RecoverAsync()
    {
        var missed = _missed.Keys.ToList();
        foreach (var (connection, group) in missed)
        {
            if (!_missed.TryRemove((connection, group), out _)) continue;
            try
            {
                await _redis.RemoveFromGroupAsync(connection, group);
                await _redis.AddToGroupAsync(connection, group);
            }
            catch (Exception ex) when (ex is RedisException or TimeoutException)
            {
                _missed[(connection, group)] = true;
                Interlocked.Exchange(ref _degraded, 1);
                LogDegraded(_logger, ex);
                return;
            }
        }
        LogRecovered(_logger, missed.Count);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Redis is unreachable: live updates reach this instance's connections only until it is back")]
    private static partial void LogDegraded(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Redis is back: live updates reach every instance again ({Missed} memberships resubscribed)")]
    private static partial void LogRecovered(ILogger logger, int missed);
}
