using System.Threading.RateLimiting;
using StackExchange.Redis;

namespace EventFly.Web.Infrastructure;

/// <summary>
/// A fixed window shared by every instance of the fleet through Redis (one counter per key and window, <c>INCR</c> and
/// an expiry), so "20 sign-in attempts a minute" holds for an address however the proxy spreads its requests. While
/// Redis is unreachable it counts in this process (<paramref name="local"/>) and says so once, until Redis answers again.
/// </summary>
internal sealed partial class GlobalWindowLimiter(IConnectionMultiplexer redis, string key, int permitLimit, TimeSpan window, RateLimiter local,
    TimeProvider time, ILogger logger) : RateLimiter
{
    private static readonly RateLimitLease Granted = new Lease(true, null);
    private static readonly RateLimitLease NotYet = new Lease(false, null);
    private static int _degraded;

    public override TimeSpan? IdleDuration => null;

    public override RateLimiterStatistics? GetStatistics() => null;

    /// <summary>Never decides without Redis's count: the rate-limiting middleware then asks <see cref="AcquireAsyncCore"/>.</summary>
    protected override RateLimitLease AttemptAcquireCore(int permitCount) => permitCount == 0 ? Granted : NotYet;

    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var windowIndex = now.ToUnixTimeMilliseconds() / (long)window.TotalMilliseconds;
        var windowEnds = DateTimeOffset.FromUnixTimeMilliseconds((windowIndex + 1) * (long)window.TotalMilliseconds);
        var counter = new RedisKey($"eventfly:ratelimit:{key}:{windowIndex}");
        try
        {
            var db = redis.GetDatabase();
            var count = await db.StringIncrementAsync(counter, permitCount);
            if (count == permitCount) await db.KeyExpireAsync(counter, windowEnds - now + TimeSpan.FromSeconds(1));
            if (Interlocked.Exchange(ref _degraded, 0) == 1) LogRecovered(logger);
            return count <= permitLimit ? Granted : new Lease(false, windowEnds - now);
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException)
        {
            if (Interlocked.Exchange(ref _degraded, 1) == 0) LogDegraded(logger, ex);
            return await local.AcquireAsync(permitCount, cancellationToken);
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing) local.Dispose();
        base.Dispose(disposing);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Redis is unreachable: rate limits count per instance until it is back")]
    private static partial void LogDegraded(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Redis is back: rate limits count across the fleet again")]
    private static partial void LogRecovered(ILogger logger);

    private sealed class Lease(bool acquired, TimeSpan? retryAfter) : RateLimitLease
    {
        public override bool IsAcquired => acquired;

        public override IEnumerable<string> MetadataNames => retryAfter is null ? [] : [MetadataName.RetryAfter.Name];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = retryAfter;
            return retryAfter is not null && metadataName == MetadataName.RetryAfter.Name;
        }
    }
}
