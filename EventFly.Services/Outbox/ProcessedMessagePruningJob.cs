using EventFly.Services.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace EventFly.Services.Outbox;

/// <summary>Prunes the processed-message records every hour where background jobs run (the worker role).</summary>
internal sealed class ProcessedMessagePruningJob(IServiceScopeFactory scopes, TimeProvider time, ILogger<ProcessedMessagePruningJob> logger)
    : RecurringJob(scopes, time, logger)
{
    protected override TimeSpan Interval => TimeSpan.FromHours(1);

    protected override Task RunOnceAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        services.GetRequiredService<ProcessedMessagePruner>().PruneAsync(cancellationToken);
}
