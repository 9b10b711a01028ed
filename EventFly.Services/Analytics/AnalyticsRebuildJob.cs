using EventFly.Domain.Common;
using EventFly.Services.Analytics.Contracts;
using EventFly.Services.Common;
using EventFly.Services.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace EventFly.Services.Analytics;

/// <summary>The admin's rebuild button.</summary>
internal sealed class AnalyticsRebuildJob(IServiceScopeFactory scopes, IHostApplicationLifetime lifetime, TimeProvider time, ILogger<AnalyticsRebuildJob> logger)
    : OnDemandRun<RebuildReport>(scopes, lifetime, time, logger), IAnalyticsRebuildJob
{
    public RebuildStatus Status
    {
        get
        {
            var s = State;
            return new(s.Running, s.StartedAt, s.FinishedAt, s.Last, s.Error);
        }
    }

    public RebuildStatus Start(Actor actor)
    {
        if (!actor.IsPlatformAdmin) throw new ForbiddenException(CommonErrors.Forbidden, "Only platform admins rebuild analytics.");
        StartRun();
        return Status;
    }

    protected override async Task<(RebuildReport? Result, string? Error)> RunOnceAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        (await services.GetRequiredService<IAnalyticsRebuild>().RebuildAsync(cancellationToken), null);
}
