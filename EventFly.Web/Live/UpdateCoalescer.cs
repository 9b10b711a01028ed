using System.Collections.Concurrent;

namespace EventFly.Web.Live;

/// <summary>
/// Turns a burst of changes to one thing (a poll's counts, a question's votes) into at most one push per
/// <see cref="Interval"/>: the first change schedules a push after the interval, later ones only mark it due again.
/// Each push reads the current state when it runs, and a change that arrives while a push runs schedules one more,
/// so the last push always shows what is stored.
/// </summary>
internal sealed partial class UpdateCoalescer(TimeProvider time, ILogger<UpdateCoalescer> logger, TimeSpan? interval = null)
{
    private readonly ConcurrentDictionary<string, Pending> _pending = new();

    public TimeSpan Interval { get; } = interval ?? TimeSpan.FromMilliseconds(250);

    /// <summary>Pushes for <paramref name="key"/> run one at a time; <paramref name="push"/> replaces any earlier one still waiting.</summary>
    public void Changed(string key, Func<CancellationToken, Task> push)
    {
        var pending = _pending.GetOrAdd(key, _ => new Pending());
        lock (pending)
        {
            pending.Push = push;
            pending.Due = true;
            if (pending.Running) return;
            pending.Running = true;
        }
        _ = RunAsync(key, pending);
    }

    private async Task RunAsync(string key, Pending pending)
    {
        while (true)
        {
            await Task.Delay(Interval, time).ConfigureAwait(false);
            Func<CancellationToken, Task> push;
            lock (pending)
            {
                if (!pending.Due)
                {
                    pending.Running = false;
                    _pending.TryRemove(KeyValuePair.Create(key, pending));
                    return;
                }
                pending.Due = false;
                push = pending.Push!;
            }
            try
            {
                await push(CancellationToken.None).ConfigureAwait(false);
            }
#pragma warning disable CA1031 // A failed push must not stop later ones; clients resynchronise on reconnect anyway.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                LogPushFailed(logger, ex, key);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Live update {Key} was not pushed")]
    private static partial void LogPushFailed(ILogger logger, Exception exception, string key);

    private sealed class Pending
    {
        public Func<CancellationToken, Task>? Push { get; set; }

        public bool Due { get; set; }

        public bool Running { get; set; }
    }
}
