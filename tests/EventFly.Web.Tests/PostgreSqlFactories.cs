using EventFly.Testing;

namespace EventFly.Web.Tests;

/// <summary>The real host on a database of its own in the throwaway PostgreSQL cluster, migrated at start like any other.</summary>
public sealed class PostgreSqlFactory(PostgreSqlServer server) : EventFlyFactory
{
    public PostgreSqlServer Cluster => server;

    /// <summary>Its database (which EF's migrator creates at start when it does not exist).</summary>
    public string ConnectionString { get; } = server.NewConnectionString();

    protected override (string Provider, string ConnectionString) Database => ("PostgreSql", ConnectionString);
}

/// <summary><see cref="MatrixFactory"/> (one organization scenario per test class) on PostgreSQL.</summary>
public sealed class PostgreSqlMatrixFactory(PostgreSqlServer server) : MatrixFactory
{
    private readonly string _connectionString = server.NewConnectionString();

    protected override (string Provider, string ConnectionString) Database => ("PostgreSql", _connectionString);
}

/// <summary>The ticket rushes, quotas, idempotency and capacity tests of <see cref="TicketingEndpointTests"/>, on PostgreSQL.</summary>
[Collection(PostgreSqlCluster.Name)]
public sealed class PostgreSqlTicketingEndpointTests(PostgreSqlMatrixFactory factory)
    : TicketingEndpointTests(factory), IClassFixture<PostgreSqlMatrixFactory>;

/// <summary>Cancels, payments, the twenty-scanner check-in race and the waitlist of <see cref="OrderLifecycleEndpointTests"/>, on PostgreSQL.</summary>
[Collection(PostgreSqlCluster.Name)]
public sealed class PostgreSqlOrderLifecycleEndpointTests(PostgreSqlMatrixFactory factory)
    : OrderLifecycleEndpointTests(factory), IClassFixture<PostgreSqlMatrixFactory>;
