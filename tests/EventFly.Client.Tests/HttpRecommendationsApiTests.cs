using System.Net;
using System.Text;
using EventFly.Client.Api;
using EventFly.Client.Contracts;

namespace EventFly.Client.Tests;

/// <summary>The routes and query the participant app sends, as the REST contract names them.</summary>
public sealed class HttpRecommendationsApiTests
{
    private static readonly Guid EventId = Guid.Parse("0195f0a4-1d2c-7c3e-9a51-6b7c8d9e0f12");

    [Fact]
    public async Task GetForMe_SendsLimitAndTheBrowsersLocation_AndReadsEventsWithReasons()
    {
        var handler = new Recorder(HttpStatusCode.OK, """
            [{"event":{"id":"0195f0a4-1d2c-7c3e-9a51-6b7c8d9e0f12","name":"Jazz Night","startsAt":"2031-05-01T18:00:00Z","endsAt":"2031-05-01T21:00:00Z",
              "timeZone":"Europe/Berlin","category":"music","venue":null,"online":true,"distanceKm":12.4,"minPrice":null,"imageUrl":null,"organizationName":"Club"},
              "score":0.87,"reasons":["12 km from you","Matches your interest: jazz"]}]
            """);
        var api = new HttpRecommendationsApi(new HttpClient(handler) { BaseAddress = new Uri("https://eventfly.test/") });

        var result = await api.GetForMeAsync(new RecommendationQuery { Limit = 12, Latitude = 51.34, Longitude = -0.5 }, TestContext.Current.CancellationToken);

        Assert.Equal("GET https://eventfly.test/api/me/recommendations?limit=12&latitude=51.34&longitude=-0.5", handler.Requests.Single());
        var item = Assert.Single(result.Value!);
        Assert.Equal("Jazz Night", item.Event.Name);
        Assert.Equal(0.87, item.Score);
        Assert.Equal(["12 km from you", "Matches your interest: jazz"], item.Reasons);
    }

    [Fact]
    public async Task GetForMe_WithoutALocation_LeavesItToTheProfile()
    {
        var handler = new Recorder(HttpStatusCode.OK, "[]");
        var api = new HttpRecommendationsApi(new HttpClient(handler) { BaseAddress = new Uri("https://eventfly.test/") });

        var result = await api.GetForMeAsync(new RecommendationQuery(), TestContext.Current.CancellationToken);

        Assert.Equal("GET https://eventfly.test/api/me/recommendations?limit=10", handler.Requests.Single());
        Assert.Empty(result.Value!);
    }

    [Fact]
    public async Task Dismiss_PostsToTheEventsDismissRoute_AndTakesNoContentAsDone()
    {
        var handler = new Recorder(HttpStatusCode.NoContent, null);
        var api = new HttpRecommendationsApi(new HttpClient(handler) { BaseAddress = new Uri("https://eventfly.test/") });

        var result = await api.DismissAsync(EventId, TestContext.Current.CancellationToken);

        Assert.True(result.Succeeded);
        Assert.Equal($"POST https://eventfly.test/api/me/recommendations/{EventId}/dismiss", handler.Requests.Single());
    }

    [Fact]
    public async Task GetSimilar_AsksForTheEventsSimilarWithALimit()
    {
        var handler = new Recorder(HttpStatusCode.OK, "[]");
        var api = new HttpRecommendationsApi(new HttpClient(handler) { BaseAddress = new Uri("https://eventfly.test/") });

        await api.GetSimilarAsync(EventId, 6, TestContext.Current.CancellationToken);

        Assert.Equal($"GET https://eventfly.test/api/events/{EventId}/similar?limit=6", handler.Requests.Single());
    }

    [Fact]
    public async Task Unreachable_IsAMessage_NotAnException()
    {
        var api = new HttpRecommendationsApi(new HttpClient(new Recorder(null, null)) { BaseAddress = new Uri("https://eventfly.test/") });

        var result = await api.GetForMeAsync(new RecommendationQuery(), TestContext.Current.CancellationToken);

        Assert.False(result.Succeeded);
        Assert.Contains("could not be reached", result.Error, StringComparison.Ordinal);
    }

    /// <summary>Answers every request with one status and body (or fails it as the network would, for no status).</summary>
    private sealed class Recorder(HttpStatusCode? status, string? json) : HttpMessageHandler
    {
        public List<string> Requests { get; } = [];

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Requests.Add($"{request.Method} {request.RequestUri}");
            if (status is not { } code) throw new HttpRequestException("Connection refused");
            var response = new HttpResponseMessage(code);
            if (json is not null) response.Content = new StringContent(json, Encoding.UTF8, "application/json");
            return Task.FromResult(response);
        }
    }
}
