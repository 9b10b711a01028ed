using EventFly.Services.Persistence;
using Microsoft.EntityFrameworkCore;

namespace EventFly.Services.Tests;

public sealed class MigrationsTests
{
    [Fact]
    public void SqliteModel_HasNoChangesMissingAMigration()
    {
        using var db = new SqliteEventFlyDbContext(
            new DbContextOptionsBuilder<SqliteEventFlyDbContext>().UseSqlite("Data Source=unused.db", x => x.MigrationsAssembly("EventFly.Migrations.Sqlite")).Options);

        Assert.False(db.Database.HasPendingModelChanges(), "Add a migration to EventFly.Migrations.Sqlite (see docs/decisions/0012).");
    }

    [Fact]
    public void SqlServerModel_HasNoChangesMissingAMigration()
    {
        // No connection is opened: the model is compared with the last migration's snapshot.
        using var db = new SqlServerEventFlyDbContext(
            new DbContextOptionsBuilder<SqlServerEventFlyDbContext>().UseSqlServer("Server=unused;Database=EventFly", x => x.MigrationsAssembly("EventFly.Migrations.SqlServer")).Options);

        Assert.False(db.Database.HasPendingModelChanges(), "Add a migration to EventFly.Migrations.SqlServer (see docs/decisions/0012).");
    }

    [Fact]
    public void PostgreSqlModel_HasNoChangesMissingAMigration()
    {
        using var db = new PostgreSqlEventFlyDbContext(
            new DbContextOptionsBuilder<PostgreSqlEventFlyDbContext>().UseNpgsql("Host=unused;Database=eventfly", x => x.MigrationsAssembly("EventFly.Migrations.PostgreSql")).Options);

        Assert.False(db.Database.HasPendingModelChanges(), "Add a migration to EventFly.Migrations.PostgreSql (see docs/decisions/0012).");
    }

    /// <summary>PostgreSQL's set began (ADR 0026) when the others had fifteen migrations; from then on all three grow together.</summary>
    [Fact]
    public void BothProviders_HaveTheSameMigrationNames()
    {
        using var sqlite = new SqliteEventFlyDbContext(
            new DbContextOptionsBuilder<SqliteEventFlyDbContext>().UseSqlite("Data Source=unused.db", x => x.MigrationsAssembly("EventFly.Migrations.Sqlite")).Options);
        using var sqlServer = new SqlServerEventFlyDbContext(
            new DbContextOptionsBuilder<SqlServerEventFlyDbContext>().UseSqlServer("Server=unused;Database=EventFly", x => x.MigrationsAssembly("EventFly.Migrations.SqlServer")).Options);

        static IEnumerable<string> Names(DbContext db) => db.Database.GetMigrations().Select(m => m[(m.IndexOf('_', StringComparison.Ordinal) + 1)..]);

        Assert.Equal(Names(sqlite), Names(sqlServer));
    }
}
