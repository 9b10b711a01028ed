using EventFly.Testing;

namespace EventFly.Services.Tests;

/// <summary>
/// Every seat, hold, payment and waitlist test of <see cref="TicketingServiceTests"/>, on a database of its own in the
/// throwaway PostgreSQL cluster: the conditional seat updates, check constraints and unique indexes as PostgreSQL runs them.
/// </summary>
[Collection(PostgreSqlCluster.Name)]
public sealed class PostgreSqlTicketingServiceTests(PostgreSqlServer server) : TicketingServiceTests(new Dictionary<string, string?>
{
    ["EventFly:Database:Provider"] = "PostgreSql",
    ["ConnectionStrings:EventFly"] = server.NewConnectionString(),
});
