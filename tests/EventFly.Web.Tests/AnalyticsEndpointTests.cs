using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EventFly.Client.Contracts;
using EventFly.Services.Outbox;
using Microsoft.Extensions.DependencyInjection;
using static EventFly.Web.Tests.TicketingEndpointTests;

namespace EventFly.Web.Tests;

/// <summary>The analytics routes: the date range and traffic kinds checked (400), the dashboard counting what was sold, scanned and looked at.</summary>
public sealed class AnalyticsEndpointTests(MatrixFactory factory) : IClassFixture<MatrixFactory>
{
    private static readonly (string City, double Lat, double Lng) Berlin = ("Berlin", 52.52, 13.40);

    [Fact]
    public async Task Dashboard_AfterOrdersPaymentsACancellationAndScans_CountsTicketsRevenueAndCheckIns()
    {
        var s = await factory.ScenarioAsync();
        var ev = await EventEndpointTests.CreatePublishedAsync(s, EventEndpointTests.EventBody("Counted night", Berlin));
        var free = await CreateTypeAsync(s, ev.Id, new { name = "Free", price = new { amount = 0, currency = "EUR" }, capacity = 50 });
        var paid = await CreateTypeAsync(s, ev.Id, new { name = "Paid", price = new { amount = 12.5, currency = "EUR" }, capacity = 10 });
        var (_, first) = await factory.CreateSignedInUserAsync();
        var (_, second) = await factory.CreateSignedInUserAsync();
        var (_, third) = await factory.CreateSignedInUserAsync();
        var freeOrder = await PlaceAsync(first, ev.Id, free.Id, 2);
        var paidOrder = await OrderLifecycleEndpointTests.PayAsync(factory, second, await PlaceAsync(second, ev.Id, paid.Id, 2));
        var refunded = await OrderLifecycleEndpointTests.PayAsync(factory, third, await PlaceAsync(third, ev.Id, paid.Id, 1));
        Assert.Equal((OrderState.Confirmed, OrderState.Confirmed), (paidOrder.Status, refunded.Status));
        (await s.Owner.PostAsync($"/api/orders/{refunded.Id}/cancel", null)).EnsureSuccessStatusCode();
        foreach (var code in new[] { freeOrder.Tickets[0].Code, paidOrder.Tickets[1].Code })
            (await s.Owner.PostAsJsonAsync($"/api/events/{ev.Id}/checkins", new { code })).EnsureSuccessStatusCode();

        await factory.DrainOutboxAsync();
        var shown = await DashboardAsync(s.Owner, ev.Id);

        Assert.Equal((4, 2, 25m, 37.5m, 12.5m, 2), (shown.GetProperty("ticketsSold").GetInt32(), shown.GetProperty("ordersPaid").GetInt32(),
            shown.GetProperty("revenue").GetDecimal(), shown.GetProperty("grossRevenue").GetDecimal(), shown.GetProperty("refunds").GetDecimal(),
            shown.GetProperty("checkIns").GetInt32()));
        Assert.Equal("EUR", shown.GetProperty("currency").GetString());
        Assert.Equal(60, shown.GetProperty("capacity").GetInt32());
    }

    [Fact]
    public async Task TrafficReport_IsAccepted_AndCountsOnePageViewOnceTheOutboxRuns()
    {
        var s = await factory.ScenarioAsync();
        var ev = await EventEndpointTests.CreatePublishedAsync(s, EventEndpointTests.EventBody("Looked at", Berlin));
        await factory.DrainOutboxAsync();
        var before = (await DashboardAsync(s.Owner, ev.Id)).GetProperty("funnel");
        using var visitor = factory.CreateClient();

        var reported = await visitor.PostAsJsonAsync($"/api/events/{ev.Id}/analytics/traffic", new { kind = "page_view" });
        await factory.DrainOutboxAsync();

        Assert.Equal(HttpStatusCode.Accepted, reported.StatusCode);
        var after = (await DashboardAsync(s.Owner, ev.Id)).GetProperty("funnel");
        Assert.Equal(before.GetProperty("pageViews").GetInt32() + 1, after.GetProperty("pageViews").GetInt32());
        Assert.Equal(before.GetProperty("checkoutsStarted").GetInt32(), after.GetProperty("checkoutsStarted").GetInt32());
    }

    [Theory]
    [InlineData("?from=2026-05-02&to=2026-05-01")]
    [InlineData("?from=2023-01-01&to=2026-01-05")]
    public async Task ARangeEndingBeforeItStarts_OrLongerThanThreeYears_Is400_OnTheToField(string query)
    {
        var s = await factory.ScenarioAsync();
        var ev = await EventEndpointTests.CreatePublishedAsync(s, EventEndpointTests.EventBody("Ranged", Berlin));

        foreach (var url in new[] { $"/api/events/{ev.Id}/analytics{query}", $"{s.Url("/analytics")}{query}" })
        {
            var response = await s.Owner.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{url}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
            Assert.True(errors.TryGetProperty("to", out _), errors.ToString());
        }
    }

    [Fact]
    public async Task ARangeOfExactlyThreeYears_IsAnswered()
    {
        var s = await factory.ScenarioAsync();
        var ev = await EventEndpointTests.CreatePublishedAsync(s, EventEndpointTests.EventBody("Three years", Berlin));
        var from = new DateOnly(2024, 1, 1);
        var to = from.AddDays(AnalyticsQuery.MaxDays - 1);

        var response = await s.Owner.GetAsync($"/api/events/{ev.Id}/analytics?from={from:yyyy-MM-dd}&to={to:yyyy-MM-dd}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("""{"kind":"teleport"}""")]
    [InlineData("""{}""")]
    public async Task TrafficReport_OfAnUnknownOrMissingKind_Is400(string body)
    {
        var s = await factory.ScenarioAsync();
        var ev = await EventEndpointTests.CreatePublishedAsync(s, EventEndpointTests.EventBody("Misreported", Berlin));
        using var visitor = factory.CreateClient();

        var response = await visitor.PostAsync($"/api/events/{ev.Id}/analytics/traffic", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    internal static async Task<JsonElement> DashboardAsync(HttpClient client, Guid eventId)
    {
        var response = await client.GetAsync($"/api/events/{eventId}/analytics");
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
