using EventFly.Services.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace EventFly.Migrations.Sqlite;

// Used only by `dotnet ef migrations add --project EventFly.Migrations.Sqlite`: the connection string is never opened.
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteEventFlyDbContext>
{
    public SqliteEventFlyDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteEventFlyDbContext>()
            .UseSqlite("Data Source=design.db", x => x.MigrationsAssembly("EventFly.Migrations.Sqlite")).Options);
}
