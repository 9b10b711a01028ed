using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Npgsql;

namespace EventFly.Testing;

/// <summary>
/// A throwaway cluster of Debian's <c>postgresql</c>: <c>initdb</c> into a temp folder, <c>pg_ctl start</c> on a free
/// loopback port with trust authentication and no Unix socket, <c>pg_ctl stop</c> and the folder deleted when the
/// collection is done. initdb refuses to run as root, so as root both run as the <c>postgres</c> account the package
/// creates (<c>runuser</c>). Durability is switched off: nothing here outlives the test run. <c>./test.sh</c> installs
/// the package when missing. Each caller gets a database of its own (<see cref="NewConnectionString"/>), which EF's
/// migrator creates.
/// </summary>
public sealed class PostgreSqlServer : IAsyncLifetime
{
    private const string ServiceAccount = "postgres";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"eventfly-pg-{Guid.NewGuid():N}");
    private string? _bin;
    private bool _started;

    public int Port { get; private set; }

    /// <summary>How long initdb and the start took, for the record.</summary>
    public TimeSpan StartTime { get; private set; }

    /// <summary>A connection string to a database no one else uses (it does not exist until migrated).</summary>
    public string NewConnectionString(string prefix = "eventfly") => ConnectionString($"{prefix}_{Guid.NewGuid():N}");

    public string ConnectionString(string database) => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1",
        Port = Port,
        Username = ServiceAccount,
        Database = database,
        // Pools outlive the test classes that open them: idle connections go soon, so the cluster's limit is not reached.
        ConnectionIdleLifetime = 5,
        ConnectionPruningInterval = 1,
        IncludeErrorDetail = true,
    }.ConnectionString;

    public async ValueTask InitializeAsync()
    {
        var clock = Stopwatch.StartNew();
        _bin = FindBinaries() ?? throw new InvalidOperationException(
            "PostgreSQL is not installed: ./test.sh installs it (apt-get install postgresql) before the tests; " +
            "to run these tests on their own, install it first (as root: apt-get install -y postgresql).");
        if (IsRoot && !await AccountExistsAsync())
            throw new InvalidOperationException($"Running as root, the cluster runs as '{ServiceAccount}', which does not exist (Debian's postgresql package creates it).");

        await RunAsync("initdb", ["-D", _folder, "-U", ServiceAccount, "-A", "trust", "-E", "UTF8", "--no-locale", "--no-sync", "--no-instructions"]);
        // Root may write the file initdb's account owns; its owner stays.
        await File.AppendAllTextAsync(Path.Combine(_folder, "postgresql.conf"), """

            # eventfly tests: loopback only, no socket file, no durability, room for the rush tests' pools
            listen_addresses = '127.0.0.1'
            unix_socket_directories = ''
            fsync = off
            synchronous_commit = off
            full_page_writes = off
            max_connections = 300

            """);

        // A free port can be taken by someone else between asking and binding: try a few.
        var errors = new StringBuilder();
        for (var attempt = 0; attempt < 5 && !_started; attempt++)
        {
            Port = LocalServer.FreePort();
            try
            {
                await RunAsync("pg_ctl", ["-D", _folder, "-l", Path.Combine(_folder, "server.log"), "-o", $"-p {Port.ToString(CultureInfo.InvariantCulture)}", "-w", "-t", "60", "start"]);
                _started = true;
            }
            catch (InvalidOperationException e)
            {
                errors.AppendLine(CultureInfo.InvariantCulture, $"port {Port}: {e.Message}");
            }
        }
        if (!_started) throw new InvalidOperationException($"PostgreSQL did not start:{Environment.NewLine}{errors}{ServerLog()}");
        StartTime = clock.Elapsed;
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        if (_started)
        {
            try
            {
                await RunAsync("pg_ctl", ["-D", _folder, "-m", "immediate", "-w", "stop"]);
            }
            catch (InvalidOperationException)
            {
                KillPostmaster();
            }
        }
        try
        {
            if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Left to the temp-folder cleanup.
        }
    }

    private static bool IsRoot => Environment.UserName == "root";

    /// <summary>Debian keeps the server binaries off the PATH, one folder per major version: the newest wins.</summary>
    private static string? FindBinaries()
    {
        const string debian = "/usr/lib/postgresql";
        if (Directory.Exists(debian))
        {
            var newest = Directory.GetDirectories(debian)
                .Select(d => (Folder: Path.Combine(d, "bin"), Version: int.TryParse(Path.GetFileName(d), out var v) ? v : 0))
                .Where(d => File.Exists(Path.Combine(d.Folder, "initdb")))
                .OrderByDescending(d => d.Version)
                .Select(d => d.Folder)
                .FirstOrDefault();
            if (newest is not null) return newest;
        }
        return (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .FirstOrDefault(folder => File.Exists(Path.Combine(folder, "initdb")) && File.Exists(Path.Combine(folder, "pg_ctl")));
    }

    private static async Task<bool> AccountExistsAsync() =>
        (await File.ReadAllLinesAsync("/etc/passwd")).Any(line => line.StartsWith(ServiceAccount + ":", StringComparison.Ordinal));

    /// <summary>Runs one of the server's tools (as the service account when we are root) and throws with its output on failure.</summary>
    private async Task RunAsync(string tool, IReadOnlyList<string> arguments)
    {
        var executable = Path.Combine(_bin!, tool);
        var start = IsRoot
            ? new ProcessStartInfo("runuser", ["-u", ServiceAccount, "--", executable, .. arguments])
            : new ProcessStartInfo(executable, arguments);
        start.UseShellExecute = false;
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        // pg_ctl's server inherits our pipes unless told otherwise: its own log file (-l) takes its output instead.
        start.RedirectStandardInput = true;
        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var error = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{tool} exited with {process.ExitCode}: {await output}{await error}");
    }

    private string ServerLog()
    {
        var log = Path.Combine(_folder, "server.log");
        return File.Exists(log) ? File.ReadAllText(log) : "";
    }

    /// <summary>The last resort when <c>pg_ctl stop</c> failed: the postmaster's id is the first line of its pid file.</summary>
    private void KillPostmaster()
    {
        var pidFile = Path.Combine(_folder, "postmaster.pid");
        if (!File.Exists(pidFile) || !int.TryParse(File.ReadLines(pidFile).FirstOrDefault(), out var pid)) return;
        try
        {
            using var postmaster = Process.GetProcessById(pid);
            postmaster.Kill(entireProcessTree: true);
            postmaster.WaitForExit(10_000);
        }
        catch (ArgumentException)
        {
            // Already gone.
        }
    }

}

/// <summary>Test classes against PostgreSQL share one cluster per test assembly and run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class PostgreSqlCluster : ICollectionFixture<PostgreSqlServer>
{
    public const string Name = "PostgreSQL";
}
