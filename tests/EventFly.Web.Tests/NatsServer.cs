using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

using EventFly.Testing;

namespace EventFly.Web.Tests;

/// <summary>
/// Debian's <c>nats-server</c> with JetStream (<c>-js</c>) on a free loopback port and a store folder of its own, stopped
/// by its process id. It can be stopped and started again on the same port and store (a broker outage): streams,
/// consumers and stored messages survive. <c>./test.sh</c> installs the package when missing.
/// </summary>
public sealed class NatsServer : IAsyncDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "eventfly-nats", Guid.NewGuid().ToString("N"));
    private Process? _process;

    private NatsServer()
    {
    }

    public int Port { get; private set; }

    /// <summary>For <c>ConnectionStrings:Nats</c>.</summary>
    public string Url => $"nats://127.0.0.1:{Port}";

    public static async Task<NatsServer> StartAsync()
    {
        var server = new NatsServer();
        Directory.CreateDirectory(server._folder);
        // A free port can be taken by someone else between asking and binding: try a few.
        var errors = new StringBuilder();
        for (var attempt = 0; attempt < 5; attempt++)
        {
            server.Port = LocalServer.FreePort();
            if (await server.TryStartAsync(errors)) return server;
        }
        await server.DisposeAsync();
        throw new InvalidOperationException($"nats-server did not start:{Environment.NewLine}{errors}");
    }

    /// <summary>
    /// Starts the server again after <see cref="StopAsync"/>, on the same port and store, or on an empty store with
    /// <paramref name="wipeStore"/> (a broker that lost its streams, consumers and messages).
    /// </summary>
    public async Task RestartAsync(bool wipeStore = false)
    {
        if (wipeStore)
        {
            Directory.Delete(_folder, recursive: true);
            Directory.CreateDirectory(_folder);
        }
        var errors = new StringBuilder();
        // The old socket may linger for a moment: a few tries.
        for (var attempt = 0; attempt < 10; attempt++)
            if (await TryStartAsync(errors)) return;
        throw new InvalidOperationException($"nats-server did not start again:{Environment.NewLine}{errors}");
    }

    /// <summary>Kills the server (a crash, as far as its clients can tell).</summary>
    public async Task StopAsync()
    {
        if (_process is null) return;
        await LocalServer.StopAsync(_process);
        _process = null;
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Left to the temp-folder cleanup.
        }
    }

    private async Task<bool> TryStartAsync(StringBuilder errors)
    {
        _process = await LocalServer.TryStartAsync("nats-server",
            ["-a", "127.0.0.1", "-p", Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "-js", "-sd", _folder],
            Port, GreetsWithInfoAsync, errors);
        return _process is not null;
    }

    /// <summary>The server greets each connection with its INFO line.</summary>
    private static async Task<bool> GreetsWithInfoAsync(NetworkStream stream, CancellationToken cancellationToken)
    {
        var buffer = new byte[16];
        var read = await stream.ReadAsync(buffer, cancellationToken);
        return Encoding.ASCII.GetString(buffer, 0, read).StartsWith("INFO", StringComparison.Ordinal);
    }
}
