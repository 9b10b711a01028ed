namespace EventFly.Web.Infrastructure;

/// <summary>
/// What this process does (<c>EventFly:Role</c>). The same image serves the UI and API (<see cref="Web"/>) or runs only
/// the background jobs (<see cref="Worker"/>), so each can be scaled as its own container. Only the web role applies
/// migrations at start.
/// </summary>
internal enum HostRole
{
    Web,
    Worker,
}
