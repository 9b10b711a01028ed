using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;

namespace EventFly.Bench;

/// <summary>The Release build of EventFly.Web as a process of its own, on a SQLite file in <c>folder</c>, and how to talk to it.</summary>
internal static class BenchHost
{
    /// <summary>Starts the host (Production, no demo data, Business package, auth limit off); <paramref name="environment"/> adds or overrides settings.</summary>
    public static Process Start(string folder, string baseUrl, IReadOnlyDictionary<string, string>? environment = null)
    {
        var root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "EventFly.sln"))) root = Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(root))!;
        var dll = Path.Combine(root, "EventFly.Web", "bin", "Release", "net10.0", "EventFly.Web.dll");
        if (!File.Exists(dll)) throw new FileNotFoundException("Build the host first: dotnet build -c Release EventFly.Web", dll);
        var start = new ProcessStartInfo("dotnet", [dll]) { WorkingDirectory = Path.GetDirectoryName(dll)!, UseShellExecute = false, RedirectStandardOutput = true };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_URLS"] = baseUrl;
        start.Environment["ConnectionStrings__EventFly"] = $"Data Source={Path.Combine(folder, "eventfly.db")}";
        start.Environment["EventFly__DataPath"] = folder;
        start.Environment["EventFly__DemoData"] = "false";
        start.Environment["EventFly__DefaultPackage"] = "business";
        // The benchmark is the subject: sign-ups and log-ins of its users must not hit the auth rate limit.
        start.Environment["EventFly__RateLimits__AuthPerMinute"] = "100000";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (key, value) in environment ?? new Dictionary<string, string>()) start.Environment[key] = value;
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        return process;
    }

    public static async Task WaitUntilReadyAsync(HttpClient http)
    {
        for (var attempt = 0; attempt < 120; attempt++)
        {
            try
            {
                if ((await http.GetAsync("/health/ready")).IsSuccessStatusCode) return;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            await Task.Delay(500);
        }
        throw new TimeoutException("The host did not become ready.");
    }

    public static async Task<JsonElement> ReadAsync(HttpResponseMessage response)
    {
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"{response.RequestMessage?.RequestUri}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
