using System.Reflection;

namespace EventFly.Client;

/// <summary>
/// Which renderer owns which part of the site: the organizer portal and admin pages run on the server
/// (interactive server), everything else is the participant app (WebAssembly). The host picks the render mode
/// from this on a full page load; the router forces a full load when a link crosses from one to the other.
/// </summary>
public static class AreaRouting
{
    public const string OrganizerPath = "/organizer";
    public const string AdminPath = "/admin";

    /// <summary>Assemblies with server-only pages; the host sets it at start, in the browser it stays empty.</summary>
    public static IReadOnlyList<Assembly> ServerAssemblies { get; set; } = [];

    public static bool IsServerArea(string path)
    {
        var p = "/" + path.TrimStart('/');
        return IsUnder(p, OrganizerPath) || IsUnder(p, AdminPath);
    }

    private static bool IsUnder(string path, string prefix) =>
        path.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)
        && (path.Length == prefix.Length || path[prefix.Length] is '/' or '?' or '#');
}
