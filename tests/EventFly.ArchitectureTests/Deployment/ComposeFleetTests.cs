using System.Text.Json;

namespace EventFly.ArchitectureTests.Deployment;

/// <summary>
/// docker-compose.yml and the files it mounts, read without Docker (no engine runs on the project's machines): the
/// fleet's services, each with a health check, Prometheus scraping every instance, Grafana's provisioned dashboard.
/// </summary>
public sealed class ComposeFleetTests
{
    private static readonly YamlDotNet.RepresentationModel.YamlMappingNode Compose = YamlFiles.Document(RepositoryFiles.PathOf("docker-compose.yml"));

    [Fact]
    public void TheFleet_HasEveryService_EachWithAHealthCheck()
    {
        var services = Compose.At("services").Entries().ToDictionary(s => s.Key, s => s.Value);

        Assert.Superset(new HashSet<string> { "proxy", "web1", "web2", "worker", "sqlserver", "redis", "nats", "prometheus", "grafana" }, services.Keys.ToHashSet());
        Assert.All(services, s => Assert.True(s.Value.At("healthcheck", "test").Items().Any(), $"{s.Key} has no healthcheck"));
    }

    [Fact]
    public void TheEventFlyServices_RunTheirRoles_AndTheWebWaitsForTheDatabase()
    {
        Assert.Equal("Web", Compose.Text("services", "web1", "environment", "EventFly__Role"));
        Assert.Equal("Web", Compose.Text("services", "web2", "environment", "EventFly__Role"));
        Assert.Equal("Worker", Compose.Text("services", "worker", "environment", "EventFly__Role"));
        Assert.Equal("service_healthy", Compose.Text("services", "web1", "depends_on", "sqlserver", "condition"));
        foreach (var setting in new[] { "ConnectionStrings__EventFly", "ConnectionStrings__Redis", "ConnectionStrings__Nats", "EventFly__Management__Port" })
            Assert.False(string.IsNullOrEmpty(Compose.Text("services", "web2", "environment", setting)), $"web2 lacks {setting}");
        // Only the proxy publishes the app; the hosts' ports stay inside the compose network.
        Assert.Null(Compose.At("services", "web1", "ports"));
        Assert.Null(Compose.At("services", "web2", "ports"));
    }

    [Fact]
    public void Prometheus_ScrapesEveryInstance_OnTheManagementPort()
    {
        var prometheus = YamlFiles.Document(RepositoryFiles.PathOf("deploy", "prometheus", "prometheus.yml"));
        var targets = prometheus.At("scrape_configs").Items()
            .Where(job => job.Text("job_name") == "eventfly")
            .SelectMany(job => job.At("static_configs").Items().SelectMany(c => c.At("targets").Items()))
            .Select(t => t.Text())
            .ToHashSet();

        Assert.Superset(new HashSet<string?> { "web1:9464", "web2:9464", "worker:9464" }, targets);
        Assert.Equal("9464", Compose.Text("services", "web1", "environment", "EventFly__Management__Port"));
    }

    [Fact]
    public void Grafana_ProvisionsTheDashboard_FromTheFolderComposeMounts()
    {
        var provider = Assert.Single(YamlFiles.Document(RepositoryFiles.PathOf("deploy", "grafana", "provisioning", "dashboards", "eventfly.yml")).At("providers").Items());
        var mounts = Compose.At("services", "grafana", "volumes").Items().Select(v => v.Text()).ToList();
        Assert.Contains($"./deploy/grafana/dashboards:{provider.Text("options", "path")}:ro", mounts);

        using var dashboard = JsonDocument.Parse(File.ReadAllText(RepositoryFiles.PathOf("deploy", "grafana", "dashboards", "eventfly.json")));
        var expressions = dashboard.RootElement.GetProperty("panels").EnumerateArray()
            .SelectMany(p => p.GetProperty("targets").EnumerateArray().Select(t => t.GetProperty("expr").GetString() ?? ""))
            .ToList();
        // The series the app exports today (ASP.NET Core's, SignalR's), and the ones the issue asks for.
        foreach (var metric in new[] { "http_server_request_duration_seconds", "signalr_server_active_connections", "eventfly_ticketing_orders_confirmed_total",
                     "eventfly_ticketing_check_ins_total", "eventfly_outbox_lag_seconds", "eventfly_messaging_consumer_lag", "eventfly_messaging_dead_letters_total" })
            Assert.True(expressions.Any(e => e.Contains(metric, StringComparison.Ordinal)), $"no panel shows {metric}");
    }
}
