using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace EventFly.Services.Persistence;

// Used only by `dotnet ef migrations add`: the connection strings are never opened.
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteEventFlyDbContext>
{
    public SqliteEventFlyDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteEventFlyDbContext>().UseSqlite("Data Source=design.db").Options);
}

internal sealed class SqlServerDesignTimeFactory : IDesignTimeDbContextFactory<SqlServerEventFlyDbContext>
{
    public SqlServerEventFlyDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqlServerEventFlyDbContext>().UseSqlServer("Server=design;Database=EventFly").Options);
}
