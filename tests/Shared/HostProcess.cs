using System.Diagnostics;
using System.Net;

namespace EventFly.Testing;

/// <summary>
/// The built host (<c>EventFly.Web/bin/&lt;Configuration&gt;/net10.0/EventFly.Web.dll</c>, the test assembly's own
/// configuration) as a real OS process on a free loopback port, configured by environment variables as a container is.
/// Its output goes to a log file beside the test assembly; <see cref="KillAsync"/> ends it and its children at once, as
/// a crash or an OOM kill would.
/// </summary>
public sealed class HostProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StreamWriter _log;

    private HostProcess(Process process, StreamWriter log, string baseUrl)
    {
        _process = process;
        _log = log;
        BaseUrl = baseUrl;
    }

    public string BaseUrl { get; }

    public bool HasExited => _process.HasExited;

    /// <summary>The folder that holds EventFly.sln, above the test assembly.</summary>
    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "EventFly.sln"))) return dir.FullName;
        throw new InvalidOperationException("EventFly.sln not found above " + AppContext.BaseDirectory);
    }

    /// <summary>The test assembly's configuration (bin/&lt;Configuration&gt;/net10.0), which tells which build of the host to run.</summary>
    public static string Configuration => new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)).Parent!.Name;

    /// <summary>The built host's dll (throws when that configuration was not built).</summary>
    public static string HostDll()
    {
        var dll = Path.Combine(RepositoryRoot(), "EventFly.Web", "bin", Configuration, "net10.0", "EventFly.Web.dll");
        return File.Exists(dll) ? dll : throw new FileNotFoundException($"Build the host first ({Configuration}).", dll);
    }

    /// <summary>
    /// Starts the host with <paramref name="environment"/> (on top of Development and a free <c>ASPNETCORE_URLS</c>) and
    /// waits (up to <paramref name="seconds"/>) until <c>GET /health/live</c> answers 200.
    /// </summary>
    public static async Task<HostProcess> StartAsync(IReadOnlyDictionary<string, string> environment, string logName, int seconds = 90)
    {
        var baseUrl = $"http://127.0.0.1:{LocalServer.FreePort()}";
        var start = new ProcessStartInfo("dotnet", [HostDll()])
        {
            WorkingDirectory = Path.Combine(RepositoryRoot(), "EventFly.Web"),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["ASPNETCORE_URLS"] = baseUrl;
        foreach (var (name, value) in environment) start.Environment[name] = value;

        var log = new StreamWriter(Path.Combine(AppContext.BaseDirectory, logName)) { AutoFlush = true };
        var process = Process.Start(start) ?? throw new InvalidOperationException("The host did not start.");
        process.OutputDataReceived += (_, e) => Write(log, e.Data);
        process.ErrorDataReceived += (_, e) => Write(log, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var host = new HostProcess(process, log, baseUrl);
        try
        {
            await host.WaitUntilLiveAsync(seconds, logName);
            return host;
        }
        catch
        {
            await host.DisposeAsync();
            throw;
        }
    }

    /// <summary>Kills the process and its children (no shutdown hooks run) and waits until they are gone.</summary>
    public async Task KillAsync()
    {
        try
        {
            if (!_process.HasExited) _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process.Dispose();
        lock (_log) _log.Dispose();
    }

    private static void Write(StreamWriter log, string? line)
    {
        if (line is null) return;
        lock (log)
        {
            try
            {
                log.WriteLine(line);
            }
            catch (ObjectDisposedException)
            {
                // The last lines of a killed process.
            }
        }
    }

    private Task WaitUntilLiveAsync(int seconds, string logName) => WaitUntilOkAsync(_process, $"{BaseUrl}/health/live", seconds, logName);

    /// <summary>Waits (up to <paramref name="seconds"/>) until <paramref name="url"/> answers 200; throws when the host exits first.</summary>
    public static async Task WaitUntilOkAsync(Process process, string url, int seconds, string logName)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited) throw new InvalidOperationException($"The host exited with {process.ExitCode}; see {logName}.");
            try
            {
                if ((await http.GetAsync(url)).StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Not answering yet.
            }
            await Task.Delay(200);
        }
        throw new TimeoutException($"The host did not answer {url} within {seconds} s; see {logName}.");
    }
}
