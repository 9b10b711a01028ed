using System.Globalization;
using Microsoft.AspNetCore.Hosting;

namespace EventFly.Web.Tests;

/// <summary>
/// One member of a fleet (issue #17): a host in an <c>EventFly:Role</c> on one PostgreSQL database, Redis and NATS
/// shared with the others, with a data folder (mail pickup) of its own. Its worker runs the outbox loop as in
/// production; the web role has none. The first web host must start first: it migrates, a worker does not.
/// </summary>
public sealed class FleetHostFactory(string role, string database, string redis, string nats) : EventFlyFactory
{
    /// <summary>Deliveries to a consumer before its dead letters.</summary>
    public const int MaxDeliver = 3;

    /// <summary>What a crashed worker's claims and unacknowledged deliveries cost its successor: seconds, not minutes.</summary>
    public const int AckWaitSeconds = 15;

    public const int OutboxLeaseSeconds = 5;

    /// <summary>Where this member's pickup-folder mail sender writes.</summary>
    public string MailFolder => Path.Combine(DatabaseFolder, "mail");

    protected override (string Provider, string ConnectionString) Database => ("PostgreSql", database);

    protected override bool DispatchesOutboxInBackground => true;

    /// <summary>The fleet's configuration, the same for a test host and a host process (<c>:</c> becomes <c>__</c> there).</summary>
    public static IReadOnlyDictionary<string, string> Settings(string role, string database, string redis, string nats) => new Dictionary<string, string>
    {
        ["EventFly:Role"] = role,
        ["EventFly:Database:Provider"] = "PostgreSql",
        ["ConnectionStrings:EventFly"] = database,
        ["ConnectionStrings:Redis"] = redis,
        ["ConnectionStrings:Nats"] = nats,
        ["EventFly:DemoData"] = "false",
        ["EventFly:DefaultPackage"] = "business",
        ["EventFly:Recommendations:CatalogMaxAgeSeconds"] = "0",
        ["EventFly:Recommendations:TrainEveryHours"] = "0",
        ["EventFly:Messaging:MaxDeliver"] = MaxDeliver.ToString(CultureInfo.InvariantCulture),
        ["EventFly:Messaging:RetryDelaySeconds"] = "0.2",
        ["EventFly:Messaging:MaxRetryDelaySeconds"] = "1",
        ["EventFly:Messaging:AckWaitSeconds"] = AckWaitSeconds.ToString(CultureInfo.InvariantCulture),
        ["EventFly:Messaging:OutboxLeaseSeconds"] = OutboxLeaseSeconds.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary><see cref="Settings"/> as environment variables, with a data folder, for <c>dotnet EventFly.Web.dll</c>.</summary>
    public static IReadOnlyDictionary<string, string> Environment(string role, string database, string redis, string nats, string dataFolder) =>
        Settings(role, database, redis, nats).Append(new("EventFly:DataPath", dataFolder))
            .ToDictionary(s => s.Key.Replace(":", "__", StringComparison.Ordinal), s => s.Value);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        foreach (var (key, value) in Settings(role, database, redis, nats)) builder.UseSetting(key, value);
    }
}
