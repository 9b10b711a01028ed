using System.Globalization;
using System.Threading.RateLimiting;
using StackExchange.Redis;

namespace EventFly.Web.Infrastructure;

/// <summary>Bound from <c>EventFly:RateLimits</c>.</summary>
internal sealed class RateLimitOptions
{
    public const string Section = "EventFly:RateLimits";

    /// <summary>The policy on sign-in and register: attempts per client address per minute.</summary>
    public const string AuthPolicy = "auth";

    public int AuthPerMinute { get; set; } = 20;
}

internal static class RateLimitingExtensions
{
    /// <summary>
    /// Fixed-window limits per client address; a rejected call gets 429 with <c>Retry-After</c>. With
    /// <c>ConnectionStrings:Redis</c> set, the window is counted in Redis, once for the whole fleet
    /// (<see cref="GlobalWindowLimiter"/>); else in this process.
    /// </summary>
    public static IServiceCollection AddEventFlyRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var limits = configuration.GetSection(RateLimitOptions.Section).Get<RateLimitOptions>() ?? new RateLimitOptions();
        var redis = configuration.GetConnectionString("Redis");
        if (!string.IsNullOrEmpty(redis))
        {
            // Connects in the background and reconnects by itself: a Redis that is down at start or later never stops the host.
            var redisOptions = ConfigurationOptions.Parse(redis);
            redisOptions.AbortOnConnectFail = false;
            // While it is down, commands fail at once (and the limiter counts locally) instead of queueing for 5 s.
            redisOptions.BacklogPolicy = BacklogPolicy.FailFast;
            services.AddSingleton<IConnectionMultiplexer>(_ => ConnectionMultiplexer.Connect(redisOptions));
        }
        var window = TimeSpan.FromMinutes(1);
        FixedWindowRateLimiter Local() => new(new FixedWindowRateLimiterOptions { PermitLimit = limits.AuthPerMinute, Window = window });
        return services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(RateLimitOptions.AuthPolicy, http =>
            {
                var client = http.Connection.RemoteIpAddress?.ToString() ?? "local";
                return string.IsNullOrEmpty(redis)
                    ? RateLimitPartition.Get(client, _ => Local())
                    : RateLimitPartition.Get(client, key => new GlobalWindowLimiter(http.RequestServices.GetRequiredService<IConnectionMultiplexer>(),
                        $"{RateLimitOptions.AuthPolicy}:{key}", limits.AuthPerMinute, window, Local(), http.RequestServices.GetRequiredService<TimeProvider>(),
                        http.RequestServices.GetRequiredService<ILogger<GlobalWindowLimiter>>()));
            });
            options.OnRejected = (context, _) =>
            {
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                    context.HttpContext.Response.Headers.RetryAfter = ((int)retryAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture);
                return ValueTask.CompletedTask;
            };
        });
    }
}
