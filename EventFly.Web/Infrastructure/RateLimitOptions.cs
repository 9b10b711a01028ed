using System.Globalization;
using System.Threading.RateLimiting;

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
    /// <summary>Fixed-window limits per client address; a rejected call gets 429 with <c>Retry-After</c>.</summary>
    public static IServiceCollection AddEventFlyRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var limits = configuration.GetSection(RateLimitOptions.Section).Get<RateLimitOptions>() ?? new RateLimitOptions();
        return services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(RateLimitOptions.AuthPolicy, http => RateLimitPartition.GetFixedWindowLimiter(
                http.Connection.RemoteIpAddress?.ToString() ?? "local",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = limits.AuthPerMinute, Window = TimeSpan.FromMinutes(1) }));
            options.OnRejected = (context, _) =>
            {
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                    context.HttpContext.Response.Headers.RetryAfter = ((int)retryAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture);
                return ValueTask.CompletedTask;
            };
        });
    }
}
