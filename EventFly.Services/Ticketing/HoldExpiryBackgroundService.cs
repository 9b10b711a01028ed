using EventFly.Services.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using EventFly.Services.Ticketing.Contracts;

namespace EventFly.Services.Ticketing;

/// <summary>Returns the seats of unpaid orders and lapsed waitlist offers to sale (tests call the service directly).</summary>
internal sealed class HoldExpiryBackgroundService(IServiceScopeFactory scopes, TimeProvider time, ILogger<HoldExpiryBackgroundService> logger)
    : RecurringJob(scopes, time, logger)
{
    protected override TimeSpan Interval => TimeSpan.FromSeconds(15);

    protected override Task RunOnceAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        services.GetRequiredService<OrderLifecycle>().ExpireHoldsAsync(cancellationToken);
}
