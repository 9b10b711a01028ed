using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace EventFly.Services.Hosting;

/// <summary>
/// An admin button's work (rebuild analytics, train a model): one run at a time in this process, in the background, in a
/// scope of its own, stopped with the host; its last outcome is kept for the page that polls it.
/// </summary>
internal abstract partial class OnDemandRun<TResult>(IServiceScopeFactory scopes, IHostApplicationLifetime lifetime, TimeProvider time, ILogger logger)
    where TResult : class
{
    private readonly Lock _gate = new();
    private RunState _state;

    /// <summary>Running or not, when the last run started and finished, its last result and the error of the last run.</summary>
    protected internal readonly record struct RunState(bool Running, DateTimeOffset? StartedAt, DateTimeOffset? FinishedAt, TResult? Last, string? Error);

    protected RunState State
    {
        get
        {
            lock (_gate) return _state;
        }
    }

    /// <summary>Starts a run unless one is under way (a second click joins the first).</summary>
    protected void StartRun()
    {
        lock (_gate)
        {
            if (_state.Running) return;
            _state = _state with { Running = true, StartedAt = time.GetUtcNow(), Error = null };
        }
        _ = Task.Run(RunAsync);
    }

    /// <summary>The work: its result, or no result and why (nothing to do is not a failure).</summary>
    protected abstract Task<(TResult? Result, string? Error)> RunOnceAsync(IServiceProvider services, CancellationToken cancellationToken);

    private async Task RunAsync()
    {
        (TResult? Result, string? Error) outcome;
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            outcome = await RunOnceAsync(scope.ServiceProvider, lifetime.ApplicationStopping);
        }
        catch (Exception ex)
        {
            outcome = (null, ex.Message);
            LogFailed(logger, ex, GetType().Name);
        }
        lock (_gate) _state = _state with { Running = false, FinishedAt = time.GetUtcNow(), Last = outcome.Result ?? _state.Last, Error = outcome.Error };
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "{Job} failed")]
    private static partial void LogFailed(ILogger logger, Exception exception, string job);
}
