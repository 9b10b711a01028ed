namespace EventFly.Client;

public static class LocalUrl
{
    /// <summary>The URL when it stays on this site (no scheme, no protocol-relative "//"), else "/": no open redirects.</summary>
    public static string OrHome(string? url) =>
        !string.IsNullOrEmpty(url) && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal)
            ? url
            : "/";
}
