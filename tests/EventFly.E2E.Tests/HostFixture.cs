using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using EventFly.Testing;
using Microsoft.Playwright;

[assembly: AssemblyFixture(typeof(EventFly.E2E.Tests.HostFixture))]
// One browser test at a time. The suite is CPU-bound on a 2-core runner (mostly starts of the WebAssembly app, each a
// fresh browser profile loading ~200 assemblies): two at once took as long in all (about 6 min with both cores busy)
// but made each start twice as slow, 15-24 s against the 20 s a page gets to become interactive; one at a time, 6-16 s.
[assembly: CollectionBehavior(DisableTestParallelization = true)]

namespace EventFly.E2E.Tests;

/// <summary>
/// The real host as its own process on a free loopback port, with a fresh SQLite file and a known admin,
/// and one headless Debian chromium for all tests. Host output goes to host.log beside the test assembly, what the
/// browser says (and any stall of the host, probed every second) to browser.log.
/// </summary>
public class HostFixture : IAsyncLifetime
{
    public const string AdminEmail = "admin@e2e.eventfly.dev";
    public const string AdminPassword = "Admin!Pass1";
    public const string Password = "E2e!Pass123";

    /// <summary>
    /// How long an action or an expectation waits, for both alike: on a loaded 2-core runner a portal round trip (one
    /// write plus a render) took over 5 s, Playwright's default for expectations.
    /// </summary>
    private const int Timeout = 20_000;

    private readonly string _dataFolder = Path.Combine(Path.GetTempPath(), "eventfly-e2e", Guid.NewGuid().ToString("N"));
    private readonly bool _demoData;
    private readonly bool _published;
    private readonly string _logName;
    private Process? _host;
    private IPlaywright? _playwright;
    private StreamWriter? _log;
    private readonly CancellationTokenSource _stopping = new();
    private Task _watchdog = Task.CompletedTask;
    private readonly StreamWriter _browserLog;

    /// <summary>The suite's host: no demo data, so each test makes what it needs.</summary>
    public HostFixture() : this(demoData: false, "")
    {
    }

    /// <summary>
    /// A host of its own (logs with <paramref name="logPrefix"/>), with the demo data when <paramref name="demoData"/> says
    /// so; <paramref name="published"/>: the published build in Production, started from a directory of its own (as a
    /// service manager starts it), instead of the build output in Development from the project's directory.
    /// </summary>
    protected HostFixture(bool demoData, string logPrefix, bool published = false)
    {
        _demoData = demoData;
        _published = published;
        _logName = logPrefix + "host.log";
        _browserLog = new(Path.Combine(AppContext.BaseDirectory, logPrefix + "browser.log")) { AutoFlush = true };
    }

    private const string ServiceWorkerNetworkEvents = "PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS";

    public string BaseUrl { get; private set; } = "";

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>Where the host's pickup-folder mail sender writes .eml files.</summary>
    public string MailFolder => Path.Combine(_dataFolder, "mail");

    public static string ScreenshotFolder { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    public async ValueTask InitializeAsync()
    {
        Directory.CreateDirectory(_dataFolder);
        Directory.CreateDirectory(ScreenshotFolder);
        foreach (var old in Directory.GetFiles(ScreenshotFolder, "failed-*.png")) File.Delete(old); // from an earlier run
        BaseUrl = $"http://127.0.0.1:{LocalServer.FreePort()}";
        StartHost();
        await WaitUntilReadyAsync();
        _watchdog = WatchAsync(_stopping.Token);

        Assertions.SetDefaultExpectTimeout(Timeout);
        // The published build has a service worker that fetches on the page's behalf: its requests must be routable to
        // take it offline too (context.SetOfflineAsync alone leaves the worker online, microsoft/playwright#2311).
        if (_published) Environment.SetEnvironmentVariable(ServiceWorkerNetworkEvents, "1");
        try
        {
            _playwright = await Playwright.CreateAsync();
        }
        finally
        {
            if (_published) Environment.SetEnvironmentVariable(ServiceWorkerNetworkEvents, null);
        }
        Browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        // The demo host's tests use the portal only (Blazor Server): nothing of the WebAssembly app to warm up.
        if (!_demoData) await WarmUpAsync();
    }

    /// <summary>A fresh browser profile (no cookies) with the app's base URL; 1280×800 unless <paramref name="viewport"/> says otherwise.</summary>
    public async Task<IPage> NewPageAsync(ViewportSize? viewport = null)
    {
        var context = await Browser.NewContextAsync(new() { BaseURL = BaseUrl, ViewportSize = viewport ?? new() { Width = 1280, Height = 800 } });
        context.SetDefaultTimeout(Timeout);
        return await context.NewPageAsync();
    }

    /// <summary>Registers an account through the API, as the register page does, without signing anybody in.</summary>
    public async Task CreateAccountAsync(string email, string password = Password)
    {
        using var http = new HttpClient { BaseAddress = new Uri(BaseUrl) };
        using var response = await http.PostAsJsonAsync("/api/auth/register", new { email, password });
        if (!response.IsSuccessStatusCode)
            throw new InvalidOperationException($"Registering {email} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }

    /// <summary>One line in browser.log: time, the page (test#n) and what happened.</summary>
    public void BrowserLog(string page, string line)
    {
        lock (_browserLog) _browserLog.WriteLine($"{DateTime.Now:HH:mm:ss.fff} {page} {line}");
    }

    public async ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        await _stopping.CancelAsync();
        await _watchdog;
        _stopping.Dispose();
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
        if (_host is { HasExited: false })
        {
            _host.Kill(entireProcessTree: true);
            await _host.WaitForExitAsync();
        }
        _host?.Dispose();
        if (_log is not null) await _log.DisposeAsync();
        await _browserLog.DisposeAsync();
        try
        {
            Directory.Delete(_dataFolder, recursive: true);
        }
        catch (IOException)
        {
            // Left to the temp-folder cleanup.
        }
    }

    private void StartHost()
    {
        var webProject = Path.Combine(RepositoryRoot(), "EventFly.Web");
        var dll = HostProcess.HostDll();
        if (_published) dll = Publish(webProject, HostProcess.Configuration);

        var start = new ProcessStartInfo("dotnet", [dll])
        {
            WorkingDirectory = _published ? _dataFolder : webProject,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        // Development serves the static web assets straight from the build output (no publish needed).
        start.Environment["ASPNETCORE_ENVIRONMENT"] = _published ? "Production" : "Development";
        start.Environment["EventFly__Payments__Sandbox"] = "true";
        start.Environment["ASPNETCORE_URLS"] = BaseUrl;
        // Links in e-mails (password reset, confirmation) lead to this host.
        start.Environment["EventFly__PublicUrl"] = BaseUrl;
        start.Environment["ConnectionStrings__EventFly"] = $"Data Source={Path.Combine(_dataFolder, "e2e.db")}";
        start.Environment["EventFly__DataPath"] = _dataFolder;
        start.Environment["EventFly__DemoData"] = _demoData ? "true" : "false";
        start.Environment["EventFly__DefaultPackage"] = "business";
        start.Environment["EventFly__Admin__Email"] = AdminEmail;
        start.Environment["EventFly__Admin__Password"] = AdminPassword;
        start.Environment["EventFly__RateLimits__AuthPerMinute"] = "1000";
        // Events made by a test are recommended at once, not after the shared candidate list's minute.
        start.Environment["EventFly__Recommendations__CatalogMaxAgeSeconds"] = "0";
        // A portal event the circuit refuses then names its exception in the browser's console (browser.log).
        start.Environment["DetailedErrors"] = "true";

        _log = new StreamWriter(Path.Combine(AppContext.BaseDirectory, _logName)) { AutoFlush = true };
        _host = Process.Start(start) ?? throw new InvalidOperationException("The host did not start.");
        _host.OutputDataReceived += (_, e) => Log(e.Data);
        _host.ErrorDataReceived += (_, e) => Log(e.Data);
        _host.BeginOutputReadLine();
        _host.BeginErrorReadLine();
    }

    /// <summary>Publishes the build (no rebuild: a few seconds) into the data folder's app/ and returns its dll.</summary>
    private string Publish(string webProject, string configuration)
    {
        var output = Path.Combine(_dataFolder, "app");
        using var publish = Process.Start(new ProcessStartInfo("dotnet", ["publish", webProject, "-c", configuration, "--no-build", "-o", output, "-nologo"])
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
        }) ?? throw new InvalidOperationException("dotnet publish did not start.");
        var said = publish.StandardOutput.ReadToEnd();
        publish.WaitForExit();
        if (publish.ExitCode != 0) throw new InvalidOperationException($"dotnet publish failed ({publish.ExitCode}): {said}");
        return Path.Combine(output, "EventFly.Web.dll");
    }

    private void Log(string? line)
    {
        if (line is null) return;
        lock (_dataFolder) _log?.WriteLine(line);
    }

    private Task WaitUntilReadyAsync() => HostProcess.WaitUntilOkAsync(_host!, $"{BaseUrl}/health/ready", 60, _logName);

    /// <summary>
    /// Loads the participant app once before the first test, so that the first test does not pay for a cold host (JIT,
    /// file cache) on top of its own WebAssembly start: the first page of a run was the slowest to become interactive
    /// (17 s and over 20 s against 6-14 s). Part of getting the host ready, hence the host's 60 s rather than a test's 20 s.
    /// </summary>
    private async Task WarmUpAsync()
    {
        var page = await NewPageAsync();
        try
        {
            await page.GotoAsync("/", new() { Timeout = 60_000 });
            await page.Locator("#interactive-marker").WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = 60_000 });
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    /// <summary>
    /// Asks the host's readiness (one database read) every second and logs slow or failed answers to browser.log, so a
    /// failed test shows whether the host itself stalled at the time.
    /// </summary>
    private async Task WatchAsync(CancellationToken stopping)
    {
        using var http = new HttpClient { BaseAddress = new Uri(BaseUrl), Timeout = TimeSpan.FromSeconds(60) };
        while (!stopping.IsCancellationRequested)
        {
            var started = Stopwatch.GetTimestamp();
            string outcome;
            try
            {
                using var response = await http.GetAsync("/health/ready", stopping);
                outcome = ((int)response.StatusCode).ToString(CultureInfo.InvariantCulture);
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                outcome = ex.GetType().Name;
            }
            var elapsed = Stopwatch.GetElapsedTime(started);
            if (outcome != "200" || elapsed > TimeSpan.FromSeconds(1))
                BrowserLog("host", $"GET /health/ready: {outcome} after {elapsed.TotalMilliseconds:F0} ms");
            try
            {
                await Task.Delay(1000, stopping);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    public static string RepositoryRoot() => HostProcess.RepositoryRoot();
}
