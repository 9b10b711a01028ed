using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using static EventFly.Web.Tests.TicketingEndpointTests;

namespace EventFly.Web.Tests;

/// <summary>
/// Meters are process-wide (a host's exporter also hears the meters of another host in the same test process), so
/// these tests, which count exactly, run alone, after the parallel ones.
/// </summary>
[CollectionDefinition(nameof(MeteredAlone), DisableParallelization = true)]
public sealed class MeteredAlone;

/// <summary>
/// What <c>/metrics</c> says after real work: EventFly's own meters (issue #17) count orders and check-ins once each,
/// and every series the Grafana dashboard (deploy/grafana/dashboards/eventfly.json) queries is exported, with the labels
/// it groups and filters by.
/// </summary>
[Collection(nameof(MeteredAlone))]
public sealed class MetricsTests
{
    /// <summary>Series only Prometheus itself makes (the scrape's own <c>up</c>); every other one must come from the app.</summary>
    private static readonly HashSet<string> NotFromTheApp = ["up"];

    /// <summary>The consumers whose NATS lag the sampler reports (each from its first sample after the consumer exists).</summary>
    private static readonly string[] LaggingConsumers = ["analytics", "recommendations", "notifications"];

    [Fact]
    public async Task AnOrderAndACheckIn_AreCountedOnce_ARepeatedScanAsRejected_AndTheOutboxLagIsZeroOnceSent()
    {
        await using var factory = new MetricsFactory();
        var (s, ev, type) = await EventWithTypeAsync(factory, "Metrics night", capacity: 10, price: 0);
        var before = await PrometheusScrape.OfAsync(factory);

        var order = await PlaceAsync(s.Owner, ev.Id, type.Id, 1);
        var code = order.Tickets[0].Code;
        (await s.Owner.PostAsJsonAsync($"/api/events/{ev.Id}/checkins", new { code })).EnsureSuccessStatusCode();
        var again = await s.Owner.PostAsJsonAsync($"/api/events/{ev.Id}/checkins", new { code });
        var forged = await s.Owner.PostAsJsonAsync($"/api/events/{ev.Id}/checkins", new { code = "not-a-ticket" });
        await factory.DispatchOutboxAsync();
        var after = await PrometheusScrape.OfAsync(factory);

        Assert.Equal((HttpStatusCode.Conflict, HttpStatusCode.NotFound), (again.StatusCode, forged.StatusCode));
        double Counted(string name, params (string, string)[] labels) => after.Sum(name, labels) - before.Sum(name, labels);
        Assert.Equal(1, Counted("eventfly_ticketing_orders_confirmed_total", ("payment", "free")));
        Assert.Equal(0, Counted("eventfly_ticketing_orders_confirmed_total", ("payment", "paid")));
        Assert.Equal(1, Counted("eventfly_ticketing_check_ins_total"));
        Assert.Equal(1, Counted("eventfly_ticketing_check_ins_rejected_total", ("reason", "already_checked_in")));
        Assert.Equal(1, Counted("eventfly_ticketing_check_ins_rejected_total", ("reason", "unknown_ticket")));
        // The outbox was sent in full: nothing waits. In process there is no broker queue, so no consumer lag is reported,
        // and the outbox's own dead letters show as 0 before the first.
        Assert.Equal(0, Assert.Single(after.Of("eventfly_outbox_lag_seconds")).Value);
        Assert.False(after.Has("eventfly_messaging_consumer_lag"));
        Assert.Equal(0, after.Sum("eventfly_messaging_dead_letters_total", ("consumer", "outbox")));
    }

    [Fact]
    public async Task EverySeriesTheDashboardQueries_IsExported_WithItsLabels_ByAHostWithNats_AfterAnOrderACheckInAHubConnectionAndACircuit()
    {
        await using var nats = await NatsServer.StartAsync();
        await using var factory = new MetricsFactory(nats.Url);
        var (s, ev, type) = await EventWithTypeAsync(factory, "Dashboard night", capacity: 10, price: 0);
        var order = await PlaceAsync(s.Owner, ev.Id, type.Id, 1);
        (await s.Owner.PostAsJsonAsync($"/api/events/{ev.Id}/checkins", new { code = order.Tickets[0].Code })).EnsureSuccessStatusCode();
        await factory.DispatchOutboxAsync();
        await using var hub = await LiveClients.ConnectAsync(factory, LiveClients.TokenOf(s.Owner));
        await using var circuit = (await BlazorCircuitClient.StartAsync(factory)).Connection;

        var queries = GrafanaDashboard.Queries();
        var wanted = queries.SelectMany(GrafanaDashboard.MetricsOf).Except(NotFromTheApp).ToHashSet(StringComparer.Ordinal);
        PrometheusScrape scrape = null!;
        // The circuit opens in the background after its first update, the consumer lag is sampled every 5 s: poll.
        try
        {
            await NatsMessagingTests.WaitForAsync(async () =>
            {
                scrape = await PrometheusScrape.OfAsync(factory);
                return wanted.All(scrape.Has) && scrape.Sum("aspnetcore_components_circuit_active") >= 1
                    && LaggingConsumers.All(c => scrape.Of("eventfly_messaging_consumer_lag").Any(x => x.Labels.GetValueOrDefault("consumer") == c));
            }, "every series of the dashboard in /metrics");
        }
        catch (TimeoutException)
        {
            Assert.Fail($"Not in /metrics: {string.Join(", ", wanted.Where(n => !scrape.Has(n)))}; active circuits: " +
                $"{scrape.Sum("aspnetcore_components_circuit_active")}; consumers with a lag: " +
                string.Join(", ", scrape.Of("eventfly_messaging_consumer_lag").Select(x => x.Labels.GetValueOrDefault("consumer"))) + ".");
        }

        Assert.Contains("eventfly_ticketing_orders_confirmed_total", wanted);
        Assert.True(scrape.Sum("signalr_server_active_connections") >= 2, "the live hub's connection and the circuit's");
        foreach (var query in queries)
        {
            var series = GrafanaDashboard.MetricsOf(query).Except(NotFromTheApp).SelectMany(scrape.Of).ToList();
            foreach (var label in GrafanaDashboard.LabelsOf(query).Except(GrafanaDashboard.TargetLabels))
                Assert.True(series.Any(x => x.Labels.ContainsKey(label)), $"no series of '{query}' has the label {label}");
        }
        foreach (var consumer in LaggingConsumers)
            Assert.Contains(scrape.Of("eventfly_messaging_consumer_lag"), x => x.Labels.GetValueOrDefault("consumer") == consumer);
    }

    /// <summary>
    /// The test host whose requests come from loopback (so <c>/metrics</c> answers), in process or with
    /// <c>ConnectionStrings:Nats</c> (its consumers and their lag sampler run; the tests dispatch the outbox).
    /// </summary>
    private sealed class MetricsFactory(string? natsUrl = null) : MatrixFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            if (natsUrl is not null) builder.UseSetting("ConnectionStrings:Nats", natsUrl);
            builder.ConfigureTestServices(services => services.AddSingleton<IStartupFilter>(new ConnectionFrom(IPAddress.Loopback, 80)));
        }
    }
}
