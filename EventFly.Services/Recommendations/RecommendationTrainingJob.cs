using EventFly.Domain.Common;
using EventFly.Services.Common;
using EventFly.Services.Hosting;
using EventFly.Services.Recommendations.Contracts;
using EventFly.Services.Recommendations.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace EventFly.Services.Recommendations;

/// <summary>The admin's "train now".</summary>
internal sealed class RecommendationTrainingJob(IServiceScopeFactory scopes, IHostApplicationLifetime lifetime, TimeProvider time,
    ILogger<RecommendationTrainingJob> logger) : OnDemandRun<RecommendationModelInfo>(scopes, lifetime, time, logger), IRecommendationTrainingJob
{
    public RecommendationTrainingStatus Status
    {
        get
        {
            var s = State;
            return new(s.Running, s.StartedAt, s.FinishedAt, s.Last, s.Error);
        }
    }

    public RecommendationTrainingStatus Start(Actor actor)
    {
        if (!actor.IsPlatformAdmin) throw new ForbiddenException(CommonErrors.Forbidden, "Only platform admins train recommendation models.");
        StartRun();
        return Status;
    }

    protected override async Task<(RecommendationModelInfo? Result, string? Error)> RunOnceAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        await services.GetRequiredService<IRecommendationTraining>().TrainAsync(cancellationToken) is { } model
            ? (model, null)
            : (null, "Not enough history to learn from yet; the cold-start ranker keeps answering.");
}

/// <summary>
/// Every minute, in every process that ranks: loads the newest model, which a worker may have trained, so every web
/// instance ranks with it.
/// </summary>
internal sealed class RecommendationModelLoader(IServiceScopeFactory scopes, TimeProvider time, ILogger<RecommendationModelLoader> logger)
    : RecurringJob(scopes, time, logger)
{
    protected override TimeSpan Interval => TimeSpan.FromMinutes(1);

    protected override Task RunOnceAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        services.GetRequiredService<RecommendationTraining>().LoadNewestAsync(cancellationToken);
}

/// <summary>
/// Where background jobs run: every <see cref="RecommendationOptions.TrainEveryHours"/>, trains a new model when there is
/// anything to learn from (checked hourly).
/// </summary>
internal sealed class RecommendationModelJob(IServiceScopeFactory scopes, TimeProvider time, IOptions<RecommendationOptions> options,
    ILogger<RecommendationModelJob> logger) : RecurringJob(scopes, time, logger)
{
    protected override TimeSpan Interval => TimeSpan.FromHours(1);

    protected override async Task RunOnceAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        if (options.Value.TrainEveryHours <= 0) return;
        // One worker of several trains; the others find the lease taken (and, within the hour, the new model).
        var leases = services.GetRequiredService<JobLeases>();
        if (!await leases.TryAcquireAsync(RecommendationTraining.Lease, RecommendationTraining.LeaseTime, cancellationToken)) return;
        try
        {
            var newest = await services.GetRequiredService<RecommendationsData>().Models.MaxAsync(m => (DateTimeOffset?)m.TrainedAt, cancellationToken);
            if (newest is null || services.GetRequiredService<TimeProvider>().GetUtcNow() - newest > TimeSpan.FromHours(options.Value.TrainEveryHours))
                await services.GetRequiredService<RecommendationTraining>().TrainAsync(cancellationToken);
        }
        finally
        {
            await leases.ReleaseAsync(RecommendationTraining.Lease, CancellationToken.None);
        }
    }
}
