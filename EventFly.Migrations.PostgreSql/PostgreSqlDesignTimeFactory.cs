using EventFly.Services.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace EventFly.Migrations.PostgreSql;

// Used only by `dotnet ef migrations add --project EventFly.Migrations.PostgreSql`: the connection string is never opened.
internal sealed class PostgreSqlDesignTimeFactory : IDesignTimeDbContextFactory<PostgreSqlEventFlyDbContext>
{
    public PostgreSqlEventFlyDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgreSqlEventFlyDbContext>()
            .UseNpgsql("Host=design;Database=eventfly", x => x.MigrationsAssembly("EventFly.Migrations.PostgreSql")).Options);
}
