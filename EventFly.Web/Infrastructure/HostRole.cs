namespace EventFly.Web.Infrastructure;

/// <summary>
/// What this process does (<c>EventFly:Role</c>). The same image does everything (<see cref="All"/>, the default),
/// serves only the UI, API and hub (<see cref="Web"/>) or runs only the background jobs (<see cref="Worker"/>), so each
/// can be scaled as its own container. Every role but the worker applies migrations at start.
/// </summary>
internal enum HostRole
{
    All,
    Web,
    Worker,
}
