using EventFly.Services.Persistence;
using EventFly.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql;

namespace EventFly.Services.Tests;

/// <summary>
/// The idempotent script (what <c>./test.sh</c> writes to <c>artifacts/sql/postgresql.sql</c> for administrators who
/// apply migrations by hand) runs on an empty PostgreSQL database, runs again without changing anything, and leaves
/// the schema the model expects.
/// </summary>
[Collection(PostgreSqlCluster.Name)]
public sealed class PostgreSqlMigrationScriptTests(PostgreSqlServer server)
{
    [Fact]
    public async Task IdempotentScript_AppliesToAnEmptyDatabase_AndAgainWithoutChange()
    {
        var connectionString = server.NewConnectionString("script");
        await using var db = new PostgreSqlEventFlyDbContext(new DbContextOptionsBuilder<PostgreSqlEventFlyDbContext>()
            .UseNpgsql(connectionString, x => x.MigrationsAssembly("EventFly.Migrations.PostgreSql")).Options);
        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);
        await CreateEmptyAsync(connectionString);

        await RunAsync(connectionString, script);
        var tables = await TablesAsync(connectionString);
        await RunAsync(connectionString, script);

        Assert.Contains("TicketTypes", tables);
        Assert.Equal(tables, await TablesAsync(connectionString));
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal(1, await db.Set<AppSecret>().CountAsync());
    }

    private async Task CreateEmptyAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(server.ConnectionString("postgres"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"""CREATE DATABASE "{new NpgsqlConnectionStringBuilder(connectionString).Database}" """, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task RunAsync(string connectionString, string script)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(script, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<List<string>> TablesAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var tables = new List<string>();
        while (await reader.ReadAsync()) tables.Add(reader.GetString(0));
        return tables;
    }
}
