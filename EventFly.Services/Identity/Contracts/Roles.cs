namespace EventFly.Services.Identity.Contracts;

/// <summary>Platform-wide roles (organization roles are a different thing: see the Organizations context).</summary>
public static class Roles
{
    public const string PlatformAdmin = "platform-admin";
}
