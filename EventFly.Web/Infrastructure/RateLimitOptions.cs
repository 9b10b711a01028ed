namespace EventFly.Web.Infrastructure;

/// <summary>Bound from <c>EventFly:RateLimits</c>.</summary>
internal sealed class RateLimitOptions
{
    public const string Section = "EventFly:RateLimits";

    /// <summary>Sign-in and register attempts per client address per minute.</summary>
    public int AuthPerMinute { get; set; } = 20;
}
