namespace EventFly.Web.Infrastructure;

/// <summary>Where the host finds its own files (appsettings, wwwroot, the static assets' manifest).</summary>
internal static class AppFiles
{
    /// <summary>
    /// The content root when the host would otherwise take the wrong one: a published build started from another working
    /// directory (<c>dotnet /opt/eventfly/EventFly.Web.dll</c>, as a service manager does) would look for its files there
    /// and answer every static asset with an empty 200. Null (the default: the working directory) when that directory is
    /// the app's (it holds appsettings.json, as with <c>dotnet run --project EventFly.Web</c>) or a content root is given.
    /// </summary>
    public static string? ContentRoot(string[] args)
    {
        var given = args.Any(a => a.StartsWith("--contentRoot", StringComparison.OrdinalIgnoreCase))
            || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("ASPNETCORE_CONTENTROOT"))
            || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("DOTNET_CONTENTROOT"));
        return given || File.Exists(Path.Combine(Directory.GetCurrentDirectory(), "appsettings.json")) ? null : AppContext.BaseDirectory;
    }
}
