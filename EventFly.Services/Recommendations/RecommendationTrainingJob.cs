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

/// <summary>The admin's "train now": one training at a time in this process, in the background, its last outcome kept.</summary>
internal sealed partial class RecommendationTrainingJob(IServiceScopeFactory scopes, IHostApplicationLifetime lifetime, TimeProvider time,
    ILogger<RecommendationTrainingJob> logger) : IRecommendationTrainingJob
{
    private readonly Lock _gate = new();
    private RecommendationTrainingStatus _status = new(false, null, null, null, null);

    public RecommendationTrainingStatus Status
    {
        get
        {
            lock (_gate) return _status;
        }
    }

    public RecommendationTrainingStatus Start(Actor actor)
    {
        if (!actor.IsPlatformAdmin) throw new ForbiddenException(CommonErrors.Forbidden, "Only platform admins train recommendation models.");
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
        RecommendationModelInfo? model = null;
        string? error = null;
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            model = await scope.ServiceProvider.GetRequiredService<IRecommendationTraining>().TrainAsync(lifetime.ApplicationStopping);
            error = model is null ? "Not enough history to learn from yet; the cold-start ranker keeps answering." : null;
        }
        catch (Exception ex)
        {
            error = ex.Message;
            LogFailed(logger, ex);
        }
        lock (_gate) _status = _status with { Running = false, FinishedAt = time.GetUtcNow(), Last = model ?? _status.Last, Error = error };
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Training a recommendation model failed")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}

/// <summary>
/// Every minute: loads a model another process trained (so every web instance ranks with the newest), and every
/// <see cref="RecommendationOptions.TrainEveryHours"/> trains a new one when there is anything to learn from.
/// </summary>
internal sealed class RecommendationModelJob(IServiceScopeFactory scopes, TimeProvider time, IOptions<RecommendationOptions> options,
    ILogger<RecommendationModelJob> logger) : RecurringJob(scopes, time, logger)
{
    protected override TimeSpan Interval => TimeSpan.FromMinutes(1);

    protected override async Task RunOnceAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var training = services.GetRequiredService<RecommendationTraining>();
        await training.LoadNewestAsync(cancellationToken);
        if (options.Value.TrainEveryHours <= 0) return;
        var db = services.GetRequiredService<RecommendationsData>();
        var newest = await db.Models.MaxAsync(m => (DateTimeOffset?)m.TrainedAt, cancellationToken);
        if (newest is null || services.GetRequiredService<TimeProvider>().GetUtcNow() - newest > TimeSpan.FromHours(options.Value.TrainEveryHours))
            await training.TrainAsync(cancellationToken);
    }
}
