namespace EventFly.Client;

/// <summary>Role names as they appear in the signed-in user's claims (the server's platform roles).</summary>
public static class AuthRoles
{
    public const string PlatformAdmin = "platform-admin";
}
