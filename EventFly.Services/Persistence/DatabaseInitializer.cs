using EventFly.Services.DemoData;
using EventFly.Services.Identity;
using EventFly.Services.Identity.Contracts;
using Microsoft.Extensions.Options;

namespace EventFly.Services.Persistence;

/// <summary>The start-up step: migrate, ensure roles and the admin, then demo data when enabled.</summary>
public interface IDatabaseInitializer
{
    Task InitializeAsync(CancellationToken cancellationToken);
}

internal sealed class DatabaseInitializer(
    IDatabaseMigrator migrator,
    AccountSeeder accounts,
    IEnumerable<IDemoDataContributor> demoData,
    IOptions<EventFlyOptions> options) : IDatabaseInitializer
{
    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        await migrator.MigrateAsync(cancellationToken);
        await accounts.EnsureRolesAsync();
        await accounts.EnsureAdminAsync(options.Value.Admin);
        if (!options.Value.DemoData) return;
        foreach (var contributor in demoData.OrderBy(c => c.Order))
            await contributor.SeedAsync(cancellationToken);
    }
}
