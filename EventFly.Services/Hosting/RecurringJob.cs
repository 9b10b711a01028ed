using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace EventFly.Services.Hosting;

/// <summary>
/// Runs <see cref="RunOnceAsync"/> in a scope of its own every <see cref="Interval"/> in every container; a failure is
/// logged and retried on the next round. The jobs themselves are safe to run in several containers at once.
/// </summary>
internal abstract partial class RecurringJob(IServiceScopeFactory scopes, TimeProvider time, ILogger logger) : BackgroundService
{
    protected abstract TimeSpan Interval { get; }

    /// <summary>Where each round's outcome is recorded for the admin dashboard (taken from the first scope).</summary>
    private JobHealth? Health { get; set; }

    protected abstract Task RunOnceAsync(IServiceProvider services, CancellationToken cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var health = Health;
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                health ??= Health = scope.ServiceProvider.GetService<JobHealth>();
                await RunOnceAsync(scope.ServiceProvider, stoppingToken);
                health?.Succeeded(GetType().Name, time.GetUtcNow());
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogFailed(logger, ex, GetType().Name);
                health?.Failed(GetType().Name, time.GetUtcNow(), ex.Message);
            }
            try
            {
                await Task.Delay(Interval, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "{Job} failed; retrying on its next round")]
    private static partial void LogFailed(ILogger logger, Exception exception, string job);
}
