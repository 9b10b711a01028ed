using EventFly.Services.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace EventFly.Migrations.SqlServer;

// Used only by `dotnet ef migrations add --project EventFly.Migrations.SqlServer`: the connection string is never opened.
internal sealed class SqlServerDesignTimeFactory : IDesignTimeDbContextFactory<SqlServerEventFlyDbContext>
{
    public SqlServerEventFlyDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqlServerEventFlyDbContext>()
            .UseSqlServer("Server=design;Database=EventFly", x => x.MigrationsAssembly("EventFly.Migrations.SqlServer")).Options);
}
