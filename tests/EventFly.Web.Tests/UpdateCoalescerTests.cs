using System.Diagnostics;
using EventFly.Web.Live;
using Microsoft.Extensions.Logging.Abstractions;

namespace EventFly.Web.Tests;

public sealed class UpdateCoalescerTests
{
    [Fact]
    public async Task Burst_OfChanges_IsPushedAFewTimes_AndTheLastPushShowsTheFinalState()
    {
        var coalescer = new UpdateCoalescer(TimeProvider.System, NullLogger<UpdateCoalescer>.Instance, TimeSpan.FromMilliseconds(100));
        var stored = 0;
        var pushed = new List<int>();
        var last = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Task Push(CancellationToken _)
        {
            var seen = Volatile.Read(ref stored);
            lock (pushed) pushed.Add(seen);
            if (seen == 1000) last.TrySetResult();
            return Task.CompletedTask;
        }

        var clock = Stopwatch.StartNew();
        await Parallel.ForAsync(0, 1000, (_, _) =>
        {
            Interlocked.Increment(ref stored);
            coalescer.Changed("poll:1", Push);
            return ValueTask.CompletedTask;
        });
        await last.Task.WaitAsync(TimeSpan.FromSeconds(30));
        var elapsed = clock.Elapsed;

        lock (pushed)
        {
            Assert.Equal(1000, pushed[^1]);
            Assert.True(pushed.Count <= elapsed / coalescer.Interval + 2, $"{pushed.Count} pushes in {elapsed.TotalMilliseconds:0} ms");
            Assert.Equal(pushed.Order(), pushed);
        }
    }

    [Fact]
    public async Task Keys_ArePushedIndependently()
    {
        var coalescer = new UpdateCoalescer(TimeProvider.System, NullLogger<UpdateCoalescer>.Instance, TimeSpan.FromMilliseconds(20));
        var a = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var b = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        coalescer.Changed("poll:a", _ => { a.TrySetResult(); return Task.CompletedTask; });
        coalescer.Changed("poll:b", _ => { b.TrySetResult(); return Task.CompletedTask; });

        await Task.WhenAll(a.Task, b.Task).WaitAsync(TimeSpan.FromSeconds(30));
    }

    [Fact]
    public async Task FailedPush_DoesNotStopLaterOnes()
    {
        var coalescer = new UpdateCoalescer(TimeProvider.System, NullLogger<UpdateCoalescer>.Instance, TimeSpan.FromMilliseconds(20));
        var failed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var pushed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        coalescer.Changed("poll:1", _ => { failed.TrySetResult(); throw new InvalidOperationException("hub down"); });
        await failed.Task.WaitAsync(TimeSpan.FromSeconds(30));
        coalescer.Changed("poll:1", _ => { pushed.TrySetResult(); return Task.CompletedTask; });

        await pushed.Task.WaitAsync(TimeSpan.FromSeconds(30));
    }
}
