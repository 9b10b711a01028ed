using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace EventFly.Services.Persistence;

/// <summary>What the host needs of the database without touching the DbContext type (which only Persistence knows).</summary>
public static class DatabaseRegistration
{
    /// <summary>ASP.NET Core Identity's users and roles, stored in the EventFly database.</summary>
    public static IdentityBuilder AddEventFlyStores(this IdentityBuilder identity) => identity.AddEntityFrameworkStores<EventFlyDbContext>();

    /// <summary>A health check that passes while the database answers.</summary>
    public static IHealthChecksBuilder AddEventFlyDatabaseCheck(this IHealthChecksBuilder checks, string name, IEnumerable<string> tags) =>
        checks.AddCheck<DatabaseHealthCheck>(name, tags: tags);
}

internal sealed class DatabaseHealthCheck(EventFlyDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        await db.Database.CanConnectAsync(cancellationToken) ? HealthCheckResult.Healthy() : new HealthCheckResult(context.Registration.FailureStatus);
}
