using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EventFly.Client.Contracts;
using static EventFly.Web.Tests.EventEndpointTests;
using static EventFly.Web.Tests.TicketingEndpointTests;

namespace EventFly.Web.Tests;

/// <summary>
/// The recommendation routes: what may be recommended (upcoming, public, on sale, not booked or dismissed), reasons,
/// similar events, and bad input (400 on the field, 404, 401). Each test places its events in a city of its own. The
/// host ranks with the cold-start blend: training runs in <see cref="RecommendationTrainingTests"/>, on a host of its own.
/// </summary>
public sealed class RecommendationEndpointTests(MatrixFactory factory) : IClassFixture<MatrixFactory>
{
    private static readonly (string City, double Lat, double Lng) Lisbon = ("Lisbon", 38.72, -9.14);
    private static readonly (string City, double Lat, double Lng) Faro = ("Faro", 37.02, -7.93);
    internal static readonly (string City, double Lat, double Lng) Porto = ("Porto", 41.15, -8.61);

    [Fact]
    public async Task Recommendations_OfferUpcomingPublicEventsOnSale_WithReasons_AndNeverBookedDraftSoldOutOrOffSale()
    {
        var s = await factory.ScenarioAsync();
        var tag = $"fado{Guid.NewGuid():N}"[..12];
        var match = await OnSaleAsync(s, EventBody("Fado by the river", Lisbon, tags: [tag]));
        var other = await OnSaleAsync(s, EventBody("Harbour market", Lisbon, category: "food", tags: ["market"]));
        var booked = await OnSaleAsync(s, EventBody("Booked already", Lisbon, tags: [tag]));
        var soldOut = await CreatePublishedAsync(s, EventBody("Sold out", Lisbon, tags: [tag]));
        var soldOutType = await CreateTypeAsync(s, soldOut.Id, new { name = "Only one", price = new { amount = 0, currency = "EUR" }, capacity = 1 });
        var offSale = await CreatePublishedAsync(s, EventBody("Not yet on sale", Lisbon, tags: [tag]));
        await CreateTypeAsync(s, offSale.Id, new { name = "Later", price = new { amount = 0, currency = "EUR" }, capacity = 10,
            salesStart = DateTimeOffset.UtcNow.AddDays(2) });
        var unlisted = await OnSaleAsync(s, EventBody("Unlisted", Lisbon, tags: [tag], visibility: "unlisted"));
        var (_, someone) = await factory.CreateSignedInUserAsync();
        await PlaceAsync(someone, soldOut.Id, soldOutType.Id, 1);
        var (_, ada) = await factory.CreateSignedInUserAsync();
        await SetProfileAsync(ada, Lisbon, [tag]);
        await PlaceAsync(ada, booked, await FirstTypeAsync(s, booked), 1);
        await factory.DispatchOutboxAsync();

        var shown = await RecommendationsAsync(ada, "?limit=50");

        var ids = shown.Select(r => r.Event.Id).ToList();
        Assert.Contains(match, ids);
        Assert.Contains(other, ids);
        Assert.DoesNotContain(booked, ids);
        Assert.DoesNotContain(soldOut.Id, ids);
        Assert.DoesNotContain(offSale.Id, ids);
        Assert.DoesNotContain(unlisted, ids);
        var fado = shown.Single(r => r.Event.Id == match);
        Assert.Contains(fado.Reasons, r => r.Contains(tag, StringComparison.Ordinal));
        Assert.Contains(fado.Reasons, r => r.Contains("km from you", StringComparison.Ordinal));
        Assert.True(ids.IndexOf(match) < ids.IndexOf(other), "the event matching the interest comes before the one that does not");
        Assert.All(shown, r => Assert.NotEmpty(r.Reasons));
        Assert.Equal(0m, fado.Event.MinPrice!.Amount);
    }

    [Fact]
    public async Task BeyondTheWidestCircle_EventsOnlyFillTheList_AfterTheNearOnes()
    {
        var s = await factory.ScenarioAsync();
        var tag = $"choro{Guid.NewGuid():N}"[..12];
        var near = await OnSaleAsync(s, EventBody("Corner market", Faro, category: "food", tags: ["market"]));
        var far = await OnSaleAsync(s, EventBody("Choro night far away", ("Helsinki", 60.17, 24.94), tags: [tag]));
        var (_, eva) = await factory.CreateSignedInUserAsync();
        await SetProfileAsync(eva, Faro, [tag]);

        var ids = (await RecommendationsAsync(eva, "?limit=50")).Select(r => r.Event.Id).ToList();

        Assert.Contains(far, ids);
        Assert.True(ids.IndexOf(near) < ids.IndexOf(far), "an event 3,000 km away, however well it matches, comes after one nearby");
    }

    [Fact]
    public async Task Dismissing_AnEvent_LeavesItOutFromThenOn_AndAnUnknownEventIs404()
    {
        var s = await factory.ScenarioAsync();
        var ev = await OnSaleAsync(s, EventBody("Not for me", Porto));
        var (_, ben) = await factory.CreateSignedInUserAsync();
        await SetProfileAsync(ben, Porto, []);
        Assert.Contains(ev, (await RecommendationsAsync(ben, "?limit=50")).Select(r => r.Event.Id));

        var dismissed = await ben.PostAsync($"/api/me/recommendations/{ev}/dismiss", null);
        var unknown = await ben.PostAsync($"/api/me/recommendations/{Guid.NewGuid()}/dismiss", null);

        Assert.Equal(HttpStatusCode.NoContent, dismissed.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.DoesNotContain(ev, (await RecommendationsAsync(ben, "?limit=50")).Select(r => r.Event.Id));
    }

    [Fact]
    public async Task WithoutLocationOrInterests_StillRecommends_OnlineEventsIncluded()
    {
        var s = await factory.ScenarioAsync();
        var online = await CreatePublishedAsync(s, new
        {
            name = "Online talk", description = "On the web.", category = "meetup", tags = new[] { "web" }, online = true,
            startsAt = DateTimeOffset.UtcNow.AddDays(3), endsAt = DateTimeOffset.UtcNow.AddDays(3).AddHours(1), timeZone = "Europe/Berlin",
            onlineUrl = "https://meet.example/talk", visibility = "public",
        });
        await CreateTypeAsync(s, online.Id, new { name = "Free", price = new { amount = 0, currency = "EUR" }, capacity = 100 });
        var (_, nobody) = await factory.CreateSignedInUserAsync();

        var shown = await RecommendationsAsync(nobody, "?limit=50");

        var talk = shown.Single(r => r.Event.Id == online.Id);
        Assert.Contains("Online", talk.Reasons);
        Assert.Null(talk.Event.DistanceKm);
    }

    [Fact]
    public async Task SimilarEvents_AreOthersOnSale_AndAnUnknownOrDraftEventIs404()
    {
        var s = await factory.ScenarioAsync();
        var first = await OnSaleAsync(s, EventBody("Jazz one", Porto, tags: ["jazz"]));
        var second = await OnSaleAsync(s, EventBody("Jazz two", Porto, tags: ["jazz"]));
        var draft = (await CreateAsync(s, EventBody("Draft jazz", Porto, tags: ["jazz"]))).Id;
        using var visitor = factory.CreateClient();

        var similar = await visitor.GetFromJsonAsync<RecommendationResponse[]>($"/api/events/{first}/similar?limit=50");

        Assert.Contains(second, similar!.Select(r => r.Event.Id));
        Assert.DoesNotContain(first, similar!.Select(r => r.Event.Id));
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync($"/api/events/{Guid.NewGuid()}/similar")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync($"/api/events/{draft}/similar")).StatusCode);
    }

    [Theory]
    [InlineData("/api/me/recommendations?limit=0", "limit")]
    [InlineData("/api/me/recommendations?limit=51", "limit")]
    [InlineData("/api/me/recommendations?latitude=52.5", "longitude")]
    [InlineData("/api/me/recommendations?latitude=95&longitude=10", "latitude")]
    [InlineData("/api/events/00000000-0000-0000-0000-000000000001/similar?limit=99", "limit")]
    public async Task BadQueries_Are400_OnTheField(string url, string field)
    {
        var (_, client) = await factory.CreateSignedInUserAsync();

        var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty(field, out _), errors.ToString());
    }

    [Fact]
    public async Task SignedOut_Is401()
    {
        using var visitor = factory.CreateClient();

        Assert.Equal(HttpStatusCode.Unauthorized, (await visitor.GetAsync("/api/me/recommendations")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await visitor.PostAsync($"/api/me/recommendations/{Guid.NewGuid()}/dismiss", null)).StatusCode);
    }

    internal static async Task<Guid> OnSaleAsync(OrganizationScenario s, object body)
    {
        var ev = await CreatePublishedAsync(s, body);
        await CreateTypeAsync(s, ev.Id, new { name = "Entry", price = new { amount = 0, currency = "EUR" }, capacity = 100 });
        return ev.Id;
    }

    internal static async Task<Guid> FirstTypeAsync(OrganizationScenario s, Guid eventId) =>
        (await s.Owner.GetFromJsonAsync<JsonElement>($"/api/events/{eventId}/ticket-types")).EnumerateArray().First().GetProperty("id").GetGuid();

    private static async Task SetProfileAsync(HttpClient client, (string City, double Lat, double Lng) place, string[] interests) =>
        (await client.PutAsJsonAsync("/api/me/profile", new { displayName = "Participant", city = place.City, latitude = place.Lat, longitude = place.Lng, interests }))
            .EnsureSuccessStatusCode();

    internal static async Task<RecommendationResponse[]> RecommendationsAsync(HttpClient client, string query)
    {
        var response = await client.GetAsync($"/api/me/recommendations{query}");
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<RecommendationResponse[]>())!;
    }
}
