using EventFly.Services.Analytics.Persistence;
using EventFly.Services.Engagement.Persistence;
using EventFly.Services.Events.Persistence;
using EventFly.Services.Feedback.Persistence;
using EventFly.Services.Hosting;
using EventFly.Services.Identity.Persistence;
using EventFly.Services.Notifications.Persistence;
using EventFly.Services.Organizations.Persistence;
using EventFly.Services.Payments.Persistence;
using EventFly.Services.Ticketing.Persistence;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace EventFly.Services.Persistence;

/// <summary>What the host needs of the database without touching the DbContext type (which only Persistence knows).</summary>
public static class DatabaseRegistration
{
    /// <summary>
    /// The provider's DbContext (SQLite by default, its file under <paramref name="dataPath"/>; SQL Server or PostgreSQL
    /// by configuration), each context's view of it, and the data-protection keys every container shares.
    /// </summary>
    internal static DatabaseOptions AddEventFlyDatabase(this IServiceCollection services, IConfiguration configuration, string dataPath)
    {
        var database = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var connectionString = configuration.GetConnectionString("EventFly");

        switch (database.Provider)
        {
            case DatabaseProvider.Sqlite:
                connectionString = PrepareSqlite(connectionString, dataPath);
                services.AddDbContext<EventFlyDbContext, SqliteEventFlyDbContext>(o => o.UseSqlite(connectionString, x => x.MigrationsAssembly("EventFly.Migrations.Sqlite")));
                break;
            case DatabaseProvider.SqlServer:
                if (string.IsNullOrWhiteSpace(connectionString))
                    throw new InvalidOperationException("EventFly:Database:Provider is SqlServer but ConnectionStrings:EventFly is empty.");
                services.AddDbContext<EventFlyDbContext, SqlServerEventFlyDbContext>(o => o.UseSqlServer(connectionString, x => x.MigrationsAssembly("EventFly.Migrations.SqlServer")));
                break;
            case DatabaseProvider.PostgreSql:
                if (string.IsNullOrWhiteSpace(connectionString))
                    throw new InvalidOperationException("EventFly:Database:Provider is PostgreSql but ConnectionStrings:EventFly is empty.");
                services.AddDbContext<EventFlyDbContext, PostgreSqlEventFlyDbContext>(o => o.UseNpgsql(connectionString, x => x.MigrationsAssembly("EventFly.Migrations.PostgreSql")));
                break;
            default:
                throw new InvalidOperationException($"Unknown database provider '{database.Provider}'.");
        }

        // Every web and worker container must read each other's cookies and tokens: keys live in the database.
        services.AddDataProtection().SetApplicationName("EventFly").PersistKeysToDbContext<EventFlyDbContext>();

        services.AddScoped<OutboxData>();
        services.AddScoped<JobLeaseData>();
        services.AddScoped<IdentityData>();
        services.AddScoped<OrganizationsData>();
        services.AddScoped<EventsData>();
        services.AddScoped<TicketingData>();
        services.AddScoped<PaymentsData>();
        services.AddScoped<EngagementData>();
        services.AddScoped<FeedbackData>();
        services.AddScoped<NotificationsData>();
        services.AddScoped<AnalyticsData>();
        return database;
    }

    /// <summary>ASP.NET Core Identity's users and roles, stored in the EventFly database.</summary>
    public static IdentityBuilder AddEventFlyStores(this IdentityBuilder identity) => identity.AddEntityFrameworkStores<EventFlyDbContext>();

    /// <summary>A health check that passes while the database answers.</summary>
    public static IHealthChecksBuilder AddEventFlyDatabaseCheck(this IHealthChecksBuilder checks, string name, IEnumerable<string> tags) =>
        checks.AddCheck<DatabaseHealthCheck>(name, tags: tags);

    /// <summary>Defaults the SQLite file into the data folder and makes sure its folder exists.</summary>
    private static string PrepareSqlite(string? connectionString, string dataPath)
    {
        var builder = new SqliteConnectionStringBuilder(
            string.IsNullOrWhiteSpace(connectionString) ? $"Data Source={Path.Combine(dataPath, "eventfly.db")}" : connectionString);
        if (builder.Mode != SqliteOpenMode.Memory && !builder.DataSource.StartsWith(':'))
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(builder.DataSource));
            if (!string.IsNullOrEmpty(folder)) Directory.CreateDirectory(folder);
        }
        // Concurrent writers wait for the lock instead of failing at once.
        builder.DefaultTimeout = Math.Max(builder.DefaultTimeout, 30);
        return builder.ToString();
    }
}

internal sealed class DatabaseHealthCheck(EventFlyDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        await db.Database.CanConnectAsync(cancellationToken) ? HealthCheckResult.Healthy() : new HealthCheckResult(context.Registration.FailureStatus);
}
