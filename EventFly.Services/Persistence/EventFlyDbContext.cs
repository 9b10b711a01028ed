using EventFly.Domain.Common;
using EventFly.Services.Identity;
using EventFly.Services.Identity.Contracts;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace EventFly.Services.Persistence;

/// <summary>
/// The one database of the modular monolith. Each context keeps its own tables and configurations in its folder;
/// no context queries another's tables. Provider-specific subclasses exist only to keep one migration set per provider.
/// </summary>
internal abstract class EventFlyDbContext(DbContextOptions options)
    : IdentityDbContext<AppUser, IdentityRole<Guid>, Guid>(options), IDataProtectionKeyContext
{
    /// <summary>Keys that protect cookies and tokens, shared by every container of the deployment.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(EventFlyDbContext).Assembly);

        // Domain events live in memory until dispatched; they are never columns.
        foreach (var entity in builder.Model.GetEntityTypes().Where(e => IsDomainEntity(e.ClrType)).ToList())
            builder.Entity(entity.ClrType).Ignore(nameof(Entity<Guid>.DomainEvents));
    }

    private static bool IsDomainEntity(Type? type)
    {
        for (; type is not null; type = type.BaseType)
            if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Entity<>)) return true;
        return false;
    }
}

/// <summary>SQLite: the embedded default. Migrations in the EventFly.Migrations.Sqlite project.</summary>
internal sealed class SqliteEventFlyDbContext(DbContextOptions<SqliteEventFlyDbContext> options) : EventFlyDbContext(options);

/// <summary>SQL Server: the production provider. Migrations in the EventFly.Migrations.SqlServer project.</summary>
internal sealed class SqlServerEventFlyDbContext(DbContextOptions<SqlServerEventFlyDbContext> options) : EventFlyDbContext(options);

/// <summary>PostgreSQL: the server database of self-hosters. Migrations in the EventFly.Migrations.PostgreSql project.</summary>
internal sealed class PostgreSqlEventFlyDbContext(DbContextOptions<PostgreSqlEventFlyDbContext> options) : EventFlyDbContext(options);
