namespace EventFly.Services.Common;

/// <summary>
/// Who asks for a use case: every entry point (REST, prerendering, portal, hub) passes one, and the context's own
/// access rules decide what this caller may see and do. <see cref="Anonymous"/> is a caller who is not signed in.
/// </summary>
public readonly record struct Actor(Guid UserId, bool IsPlatformAdmin = false)
{
    public static Actor Anonymous { get; } = new(Guid.Empty);

    public bool IsSignedIn => UserId != Guid.Empty;
}
