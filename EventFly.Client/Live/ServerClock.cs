namespace EventFly.Client.Live;

/// <summary>
/// The server's clock as this device sees it. A quiz question closes at the server's <c>closesAt</c>; a phone's clock can
/// be minutes off, so the countdown counts to <c>closesAt</c> on the server's time: the local clock plus an offset
/// measured whenever the server tells what time it is (a quiz state's <c>remaining</c>, a question just opened).
/// </summary>
public sealed class ServerClock(TimeProvider time)
{
    /// <summary>Server time minus local time; zero until measured.</summary>
    public TimeSpan Offset { get; private set; }

    /// <summary>Whether <see cref="Offset"/> came from a fetched state (more trustworthy than a push's send time).</summary>
    public bool MeasuredFromState { get; private set; }

    public DateTimeOffset Now => time.GetUtcNow() + Offset;

    /// <summary>The server said <paramref name="remaining"/> was left until <paramref name="closesAt"/> as it answered (just now).</summary>
    public void ObserveRemaining(DateTimeOffset closesAt, TimeSpan remaining)
    {
        Offset = closesAt - remaining - time.GetUtcNow();
        MeasuredFromState = true;
    }

    /// <summary>
    /// A question opened at <paramref name="openedAt"/> was pushed and has just arrived: the server's time is about
    /// <paramref name="openedAt"/>. Used only until a fetched state measures the offset properly.
    /// </summary>
    public void ObserveOpened(DateTimeOffset openedAt)
    {
        if (MeasuredFromState) return;
        Offset = openedAt - time.GetUtcNow();
    }

    /// <summary>Time left until <paramref name="closesAt"/> on the server's clock, never negative.</summary>
    public TimeSpan Remaining(DateTimeOffset closesAt)
    {
        var left = closesAt - Now;
        return left > TimeSpan.Zero ? left : TimeSpan.Zero;
    }
}
