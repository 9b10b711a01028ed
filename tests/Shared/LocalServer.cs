using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace EventFly.Testing;

/// <summary>What the tests' real servers (redis-server, nats-server, PostgreSQL) share: a port, the binary, starting, stopping.</summary>
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

    /// <summary>
    /// Starts Debian's <paramref name="name"/> (the binary and its package have that name) with its output captured, and
    /// waits (up to 10 s) until <paramref name="greets"/> holds for a connection to <paramref name="port"/>. Returns the
    /// running process, or null when it never answered: then it is stopped and its output added to <paramref name="errors"/>.
    /// </summary>
    public static async Task<Process?> TryStartAsync(string name, IEnumerable<string> arguments, int port,
        Func<NetworkStream, CancellationToken, Task<bool>> greets, StringBuilder errors)
    {
        var executable = FindExecutable(name)
            ?? throw new InvalidOperationException(
                $"{name} is not installed: ./test.sh installs it (apt-get install {name}) before the tests; " +
                $"to run these tests on their own, install it first (as root: apt-get install -y {name}).");
        var start = new ProcessStartInfo(executable, arguments)
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        var process = Process.Start(start)!;
        var output = new StringBuilder();
        process.OutputDataReceived += (_, e) => { lock (output) output.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { lock (output) output.AppendLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (await AnswersAsync(process, port, greets)) return process;
        await StopAsync(process);
        lock (output) errors.AppendLine(FormattableString.Invariant($"port {port}: {output}"));
        return null;
    }

    /// <summary>Polls until a connection to <paramref name="port"/> passes <paramref name="greets"/>, the process ends or 10 s pass.</summary>
    private static async Task<bool> AnswersAsync(Process process, int port, Func<NetworkStream, CancellationToken, Task<bool>> greets)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (!timeout.IsCancellationRequested && !process.HasExited)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port, timeout.Token);
                if (await greets(client.GetStream(), timeout.Token)) return true;
            }
            catch (SocketException)
            {
                // Not listening yet.
            }
            catch (IOException)
            {
                // Closed while starting.
            }
            catch (OperationCanceledException)
            {
                break;
            }
            await Task.Delay(50, CancellationToken.None);
        }
        return false;
    }

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
