using System.Net;
using EventFly.Testing;
using Npgsql;

namespace EventFly.Web.Tests;

/// <summary>
/// The host started on an empty PostgreSQL database, as a self-hoster's administrator creates one: it migrates it, then
/// reports ready. (The other PostgreSQL tests start on a database that does not exist yet, which the migrator creates.)
/// </summary>
[Collection(PostgreSqlCluster.Name)]
public sealed class PostgreSqlHostTests(PostgreSqlFactory factory) : IClassFixture<PostgreSqlFactory>
{
    [Fact]
    public async Task OnAnEmptyDatabase_MigrationsApply_AndTheHostIsReady()
    {
        await CreateEmptyDatabaseAsync();
        using var client = factory.CreateClient();

        var ready = await client.GetAsync("/health/ready");
        var migrations = await AppliedMigrationsAsync();

        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Contains(migrations, m => m.EndsWith("_InitialPostgreSql", StringComparison.Ordinal));
    }

    private async Task CreateEmptyDatabaseAsync()
    {
        var name = new NpgsqlConnectionStringBuilder(factory.ConnectionString).Database!;
        await using var connection = new NpgsqlConnection(factory.Cluster.ConnectionString("postgres"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"""CREATE DATABASE "{name}" """, connection);
        await command.ExecuteNonQueryAsync();
    }

    private async Task<List<string>> AppliedMigrationsAsync()
    {
        await using var connection = new NpgsqlConnection(factory.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""SELECT "MigrationId" FROM "__EFMigrationsHistory" """, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var ids = new List<string>();
        while (await reader.ReadAsync()) ids.Add(reader.GetString(0));
        return ids;
    }
}
