using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace EventFly.Testing;

/// <summary>What the tests' real servers (redis-server, nats-server, PostgreSQL) share: a port, the binary, stopping.</summary>
internal static class LocalServer
{
    /// <summary>A loopback port nobody listens on right now (someone may take it before the server binds: retry then).</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>The Debian binary <paramref name="name"/> on the PATH or in /usr/bin, /usr/sbin; null when not installed.</summary>
    public static string? FindExecutable(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Append("/usr/bin").Append("/usr/sbin")
            .Select(folder => Path.Combine(folder, name))
            .FirstOrDefault(File.Exists);

    /// <summary>Kills the server's process (if it still runs), waits for it and lets it go.</summary>
    public static async Task StopAsync(Process process)
    {
        try
        {
            if (!process.HasExited) process.Kill();
            await process.WaitForExitAsync();
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
        process.Dispose();
    }
}
