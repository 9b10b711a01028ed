using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

using EventFly.Testing;

namespace EventFly.Web.Tests;

/// <summary>
/// Debian's <c>redis-server</c> on a free loopback port with a data folder of its own (nothing saved), started for a
/// test class and stopped by its process id when the class is done. <c>./test.sh</c> installs the package when missing.
/// </summary>
public sealed class RedisServer : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "eventfly-redis", Guid.NewGuid().ToString("N"));
    private Process? _process;

    public int Port { get; private set; }

    /// <summary>For <c>ConnectionStrings:Redis</c>.</summary>
    public string ConnectionString => $"127.0.0.1:{Port}";

    public async ValueTask InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        // A free port can be taken by someone else between asking and binding: try a few.
        var errors = new StringBuilder();
        for (var attempt = 0; attempt < 5; attempt++)
        {
            Port = LocalServer.FreePort();
            if (await TryStartAsync(errors)) return;
        }
        throw new InvalidOperationException($"redis-server did not start:{Environment.NewLine}{errors}");
    }

    /// <summary>An outage: the server stops (its data with it) until <see cref="RestartAsync"/>.</summary>
    public async Task StopAsync()
    {
        if (_process is not null) await LocalServer.StopAsync(_process);
        _process = null;
    }

    /// <summary>Back on the same port, empty.</summary>
    public async Task RestartAsync()
    {
        var errors = new StringBuilder();
        if (!await TryStartAsync(errors)) throw new InvalidOperationException($"redis-server did not restart:{Environment.NewLine}{errors}");
    }

    private async Task<bool> TryStartAsync(StringBuilder errors)
    {
        _process = await LocalServer.TryStartAsync("redis-server",
            ["--port", Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", _folder],
            Port, AnswersPingAsync, errors);
        return _process is not null;
    }

    public async ValueTask DisposeAsync()
    {
        if (_process is not null) await LocalServer.StopAsync(_process);
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Left to the temp-folder cleanup.
        }
    }

    /// <summary>The server answers PING with +PONG.</summary>
    private static async Task<bool> AnswersPingAsync(NetworkStream stream, CancellationToken cancellationToken)
    {
        await stream.WriteAsync("PING\r\n"u8.ToArray(), cancellationToken);
        var buffer = new byte[16];
        var read = await stream.ReadAsync(buffer, cancellationToken);
        return Encoding.ASCII.GetString(buffer, 0, read).StartsWith("+PONG", StringComparison.Ordinal);
    }
}
