using EventFly.Domain.Common;
using EventFly.Services.Analytics.Contracts;
using EventFly.Services.Common;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace EventFly.Services.Analytics;

/// <summary>The admin's rebuild button: one rebuild at a time in this process, in the background, its last outcome kept.</summary>
internal sealed partial class AnalyticsRebuildJob(IServiceScopeFactory scopes, IHostApplicationLifetime lifetime, TimeProvider time, ILogger<AnalyticsRebuildJob> logger)
    : IAnalyticsRebuildJob
{
    private readonly Lock _gate = new();
    private RebuildStatus _status = new(false, null, null, null, null);

    public RebuildStatus Status
    {
        get
        {
            lock (_gate) return _status;
        }
    }

    public RebuildStatus Start(Actor actor)
    {
        if (!actor.IsPlatformAdmin) throw new ForbiddenException(CommonErrors.Forbidden, "Only platform admins rebuild analytics.");
        lock (_gate)
        {
            if (_status.Running) return _status;
            _status = _status with { Running = true, StartedAt = time.GetUtcNow(), Error = null };
        }
        _ = Task.Run(RunAsync);
        return Status;
    }

    private async Task RunAsync()
    {
        RebuildReport? report = null;
        string? error = null;
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            report = await scope.ServiceProvider.GetRequiredService<IAnalyticsRebuild>().RebuildAsync(lifetime.ApplicationStopping);
        }
        catch (Exception ex)
        {
            error = ex.Message;
            LogFailed(logger, ex);
        }
        lock (_gate) _status = _status with { Running = false, FinishedAt = time.GetUtcNow(), LastReport = report ?? _status.LastReport, Error = error };
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Analytics rebuild failed")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
