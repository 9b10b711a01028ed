using NATS.Client.Core;
using NATS.Client.JetStream;
using NATS.Client.JetStream.Models;

namespace EventFly.Services.Outbox;

/// <summary>
/// The NATS connection (one per process) and EventFly's two streams, created or updated on first use:
/// <see cref="Stream"/> holds every integration event under <c>eventfly.events.&lt;message type&gt;</c>, with a duplicate
/// window that drops a second publish of the same outbox id; <see cref="DeadStream"/> holds what a consumer gave up
/// on, under <c>eventfly.dead.&lt;consumer&gt;</c>.
/// </summary>
internal sealed class NatsBroker : IAsyncDisposable
{
    public const string Stream = "EVENTFLY";
    public const string DeadStream = "EVENTFLY_DEAD";
    public const string EventSubjectPrefix = "eventfly.events.";
    public const string DeadSubjectPrefix = "eventfly.dead.";

    /// <summary>A publish repeated within this window (the outbox retrying after a lost acknowledgement) is stored once.</summary>
    public static readonly TimeSpan DuplicateWindow = TimeSpan.FromMinutes(10);

    private readonly SemaphoreSlim _setup = new(1, 1);
    private volatile bool _ready;

    public NatsBroker(string url)
    {
        Connection = new NatsConnection(new NatsOpts
        {
            Url = url,
            Name = "eventfly",
            RequestTimeout = TimeSpan.FromSeconds(5),
            // Back within about a second of the broker's return (the client's default doubles its wait up to 5 s).
            ReconnectWaitMin = TimeSpan.FromMilliseconds(250),
            ReconnectWaitMax = TimeSpan.FromSeconds(1),
        });
        // A broker that comes back may have lost its state (a store that was not kept): set the streams up again on next use.
        Connection.ConnectionOpened += (_, _) =>
        {
            _ready = false;
            Reconnected?.Invoke();
            return ValueTask.CompletedTask;
        };
        JetStream = new NatsJSContext(Connection);
    }

    public NatsConnection Connection { get; }

    /// <summary>Raised when the connection opens again (the broker may be a new one, without the consumers it had).</summary>
    public event Action? Reconnected;

    public NatsJSContext JetStream { get; }

    /// <summary>Stored, or already stored by an earlier publish of the same id (which <c>EnsureSuccess</c> would call a failure).</summary>
    public static void EnsureStored(PubAckResponse ack)
    {
        if (!ack.Duplicate) ack.EnsureSuccess();
    }

    public static string SubjectOf(string messageType) => EventSubjectPrefix + messageType;

    public static string DeadSubjectOf(string consumer) => DeadSubjectPrefix + consumer;

    /// <summary>
    /// Creates (or brings up to date) both streams once per process and again after each reconnect; a failure is retried
    /// by the next call.
    /// </summary>
    public async Task EnsureStreamsAsync(CancellationToken cancellationToken)
    {
        if (_ready) return;
        await _setup.WaitAsync(cancellationToken);
        try
        {
            if (_ready) return;
            await JetStream.CreateOrUpdateStreamAsync(new StreamConfig(Stream, [EventSubjectPrefix + ">"])
            {
                Storage = StreamConfigStorage.File,
                DuplicateWindow = DuplicateWindow,
            }, cancellationToken);
            await JetStream.CreateOrUpdateStreamAsync(new StreamConfig(DeadStream, [DeadSubjectPrefix + ">"])
            {
                Storage = StreamConfigStorage.File,
            }, cancellationToken);
            _ready = true;
        }
        finally
        {
            _setup.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Connection.DisposeAsync();
        _setup.Dispose();
    }
}
