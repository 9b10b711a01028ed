using System.Net.Http.Json;
using EventFly.Client.Contracts;

namespace EventFly.Web.Tests;

/// <summary>
/// Event endpoints × callers. Expected answers in caller order: anonymous, non-member, member without any permission,
/// member with staff.manage only, owner. Drafts do not exist for outsiders (404); changes need events.manage (403).
/// </summary>
public sealed class EventPermissionMatrixTests(MatrixFactory factory) : IClassFixture<MatrixFactory>, IAsyncLifetime
{
    private OrganizationScenario _scenario = null!;

    public async ValueTask InitializeAsync() => _scenario = await factory.ScenarioAsync();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private static readonly Dictionary<string, (string[] Expected, Func<OrganizationScenario, Task<HttpRequestMessage>> Request)> Endpoints = new()
    {
        ["POST org events"] = (["401", "403", "403", "403", "2xx"], s => Json(HttpMethod.Post, s.Url("/events"), Body())),
        ["GET org events"] = (["401", "403", "2xx", "2xx", "2xx"], s => Task.FromResult(new HttpRequestMessage(HttpMethod.Get, s.Url("/events")))),
        ["GET draft"] = (["404", "404", "2xx", "2xx", "2xx"], async s => Get($"/api/events/{(await Draft(s)).Id}")),
        ["GET published"] = (["2xx", "2xx", "2xx", "2xx", "2xx"], async s => Get($"/api/events/{(await Published(s)).Id}")),
        ["GET draft calendar"] = (["404", "404", "2xx", "2xx", "2xx"], async s => Get($"/api/events/{(await Draft(s)).Id}/calendar.ics")),
        ["PUT draft"] = (["401", "404", "403", "403", "2xx"], async s => await Json(HttpMethod.Put, $"/api/events/{(await Draft(s)).Id}", Body())),
        ["PUT published"] = (["401", "403", "403", "403", "2xx"], async s => await Json(HttpMethod.Put, $"/api/events/{(await Published(s)).Id}", Body())),
        ["POST publish"] = (["401", "404", "403", "403", "2xx"], async s => Post($"/api/events/{(await Draft(s)).Id}/publish")),
        ["POST cancel"] = (["401", "403", "403", "403", "2xx"], async s => Post($"/api/events/{(await Published(s)).Id}/cancel")),
        ["POST duplicate"] = (["401", "403", "403", "403", "2xx"], async s => Post($"/api/events/{(await Published(s)).Id}/duplicate")),
        ["GET unknown event"] = (["404", "404", "404", "404", "404"], _ => Task.FromResult(Get($"/api/events/{Guid.NewGuid()}"))),
    };

    public static TheoryData<string, Caller> Cases()
    {
        var data = new TheoryData<string, Caller>();
        foreach (var endpoint in Endpoints.Keys)
            foreach (var caller in Enum.GetValues<Caller>())
                data.Add(endpoint, caller);
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task EventEndpoint_AnswersEachCallerAsItsRuleSays(string endpoint, Caller caller)
    {
        var (expectedByCaller, build) = Endpoints[endpoint];
        using var request = await build(_scenario);
        var client = _scenario.ClientFor(caller);

        var response = await client.SendAsync(request);

        var expected = expectedByCaller[(int)caller];
        var actual = OrganizationScenario.Outcome(response);
        Assert.True(expected == actual, $"{endpoint} as {caller}: expected {expected}, got {actual} {await response.Content.ReadAsStringAsync()}");
    }

    private static object Body() => EventEndpointTests.EventBody("Matrix event", ("Berlin", 52.52, 13.40));

    private static Task<EventResponse> Draft(OrganizationScenario s) => EventEndpointTests.CreateAsync(s, Body());

    private static Task<EventResponse> Published(OrganizationScenario s) => EventEndpointTests.CreatePublishedAsync(s, Body());

    private static HttpRequestMessage Get(string url) => new(HttpMethod.Get, url);

    private static HttpRequestMessage Post(string url) => new(HttpMethod.Post, url);

    private static Task<HttpRequestMessage> Json(HttpMethod method, string url, object body) =>
        Task.FromResult(new HttpRequestMessage(method, url) { Content = JsonContent.Create(body) });
}
