namespace EventFly.Web.Live;

/// <summary>The hub connections open on this instance, for the admin dashboard (each web instance counts its own).</summary>
internal sealed class LiveConnections
{
    private int _open;

    public int Open => Volatile.Read(ref _open);

    public void Opened() => Interlocked.Increment(ref _open);

    public void Closed() => Interlocked.Decrement(ref _open);
}
