using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;

namespace EventFly.Web.Tests;

/// <summary>
/// With Redis (a real <c>redis-server</c>), the sign-in limit holds for the fleet: attempts spread over two instances
/// count together. While Redis is down each instance counts on its own (never a 500), and the shared count comes back
/// with Redis.
/// </summary>
public sealed class GlobalRateLimitTests(RedisServer redis) : IClassFixture<RedisServer>
{
    private const int Limit = 3;

    [Fact]
    public async Task AttemptsOnTwoInstances_CountTogether_AndADownRedisFallsBackToEachInstance()
    {
        var time = new ShiftedTime();
        await using var hostA = new LiveHostFactory(redis.ConnectionString, authPerMinute: Limit, time: time);
        using var a = hostA.CreateClient();
        await using var hostB = new LiveHostFactory(redis.ConnectionString, sameDatabaseAs: hostA, authPerMinute: Limit, time: time);
        using var b = hostB.CreateClient();
        await WaitUntilConnectedAsync(hostA, hostB);
        // Both instances' clocks now read a second past a minute's start: the attempts below fall in one window.
        time.StartAMinute();

        var shared = new[] { await LoginAsync(a), await LoginAsync(b), await LoginAsync(a), await LoginAsync(b) };

        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests],
            shared.Select(r => r.StatusCode));
        Assert.NotNull(shared[3].Headers.RetryAfter);

        await redis.StopAsync();
        var alone = new List<HttpStatusCode>();
        for (var i = 0; i <= Limit; i++) alone.Add((await LoginAsync(b)).StatusCode);
        await redis.RestartAsync();
        await WaitUntilConnectedAsync(hostA, hostB);

        Assert.Equal([.. Enumerable.Repeat(HttpStatusCode.Unauthorized, Limit), HttpStatusCode.TooManyRequests], alone);
        // Redis restarted empty: the shared count begins again, and A and B share it once more.
        var again = new List<HttpStatusCode>();
        for (var i = 0; i <= Limit; i++) again.Add((await LoginAsync(i % 2 == 0 ? a : b)).StatusCode);
        Assert.Equal([.. Enumerable.Repeat(HttpStatusCode.Unauthorized, Limit), HttpStatusCode.TooManyRequests], again);
    }

    /// <summary>Waits for the instances' Redis connections (made in the background at start, remade after an outage).</summary>
    private static async Task WaitUntilConnectedAsync(params EventFlyFactory[] hosts)
    {
        var connections = hosts.Select(h => h.Services.GetRequiredService<IConnectionMultiplexer>()).ToList();
        for (var deadline = DateTime.UtcNow.AddSeconds(30); !connections.All(c => c.IsConnected); await Task.Delay(50))
            if (DateTime.UtcNow > deadline) throw new TimeoutException("The instances did not connect to Redis within 30 s.");
    }

    private static Task<HttpResponseMessage> LoginAsync(HttpClient client) =>
        client.PostAsJsonAsync("/api/auth/login", new { email = "nobody@tests.eventfly.dev", password = "Wrong!Pass1" });

    /// <summary>Real time, shifted when asked so that it reads a second past the start of a minute.</summary>
    private sealed class ShiftedTime : TimeProvider
    {
        private TimeSpan _shift;

        public void StartAMinute()
        {
            var now = System.GetUtcNow();
            _shift = TimeSpan.FromSeconds(61 - now.Second) - TimeSpan.FromMilliseconds(now.Millisecond);
        }

        public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + _shift;
    }
}
