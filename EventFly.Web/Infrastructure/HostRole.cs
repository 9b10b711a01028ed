namespace EventFly.Web.Infrastructure;

/// <summary>
/// What this process does (<c>EventFly:Role</c>). The same image serves the UI and API (<see cref="Web"/>) or runs only
/// the background jobs (<see cref="Worker"/>), so each can be scaled as its own container. <see cref="Web"/> runs the
/// background jobs too until a worker is deployed beside it.
/// </summary>
internal enum HostRole
{
    Web,
    Worker,
}
