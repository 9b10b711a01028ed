using EventFly.Testing;

namespace EventFly.Services.Tests;

/// <summary>The tests of <see cref="ConstraintViolationsTests"/> on PostgreSQL, which names the constraint in a field of its error.</summary>
[Collection(PostgreSqlCluster.Name)]
public sealed class PostgreSqlConstraintViolationsTests(PostgreSqlServer server) : ConstraintViolationsTests(new Dictionary<string, string?>
{
    ["EventFly:Database:Provider"] = "PostgreSql",
    ["ConnectionStrings:EventFly"] = server.NewConnectionString(),
});
