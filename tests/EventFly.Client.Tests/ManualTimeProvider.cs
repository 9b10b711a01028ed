namespace EventFly.Client.Tests;

/// <summary>A device clock the test sets (it can be far off the server's).</summary>
internal sealed class ManualTimeProvider(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}
