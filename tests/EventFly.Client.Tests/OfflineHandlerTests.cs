using System.Net;
using System.Security.Claims;
using System.Text;
using EventFly.Client.Api;
using EventFly.Client.Contracts;
using EventFly.Client.Localization;
using EventFly.Client.Offline;
using EventFly.Client.Resources;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;

namespace EventFly.Client.Tests;

/// <summary>The offline handler: what it keeps for whom, and what it answers when the network is gone or the session expired.</summary>
public sealed class OfflineHandlerTests
{
    /// <summary>What an offline call answers in English (LayoutTexts' <c>OfflineMessage</c>).</summary>
    private const string OfflineMessage = "You're offline — sign in again when you're back online.";

    private static readonly Guid EventId = Guid.Parse("6f1f0a52-3c1e-4f51-9a53-0d7d0c1c2b11");
    private static readonly DateTimeOffset Saved = new(2026, 12, 6, 6, 30, 0, TimeSpan.Zero);
    private static readonly IStringLocalizer<LayoutTexts> Texts = new StringLocalizer<LayoutTexts>(new FallbackStringLocalizerFactory(NullLoggerFactory.Instance));
    private readonly MemoryStore _store = new();
    private readonly OfflineStatus _status = new();

    [Fact]
    public async Task Online_KeepsMyTicketsAndTheirEvents_UnderTheSignedInAccount()
    {
        using var http = Client("account-1", request => request.RequestUri!.AbsolutePath switch
        {
            "/api/me/tickets" => Json($$"""[{"id":"{{Guid.NewGuid()}}","eventId":"{{EventId}}"}]"""),
            _ => Json("""{"name":"Jazz"}"""),
        });

        using var response = await http.GetAsync("api/me/tickets", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["account-1/api/events/" + EventId, "account-1/api/me/tickets"], _store.Entries.Keys.Order());
        Assert.False(_status.ShowsBanner);
    }

    [Fact]
    public async Task Offline_AnswersFromTheDevice_AndTheBannerSaysSinceWhen()
    {
        _store.Entries["account-1/api/me/tickets"] = Kept("[]");
        using var http = Client("account-1", _ => throw new HttpRequestException("Failed to fetch"));

        using var response = await http.GetAsync("api/me/tickets", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("[]", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.True(_status.IsOffline);
        Assert.Equal(Saved, _status.LastUpdated);
    }

    [Fact]
    public async Task Offline_AnotherAccountsKeptTickets_AreNotShown_AndTheCallSaysOffline()
    {
        _store.Entries["account-1/api/me/tickets"] = Kept("[]");
        using var http = Client("account-2", _ => throw new HttpRequestException("Failed to fetch"));

        var result = await new HttpTicketsApi(http).GetMyTicketsAsync(TestContext.Current.CancellationToken);

        Assert.Null(result.Value);
        Assert.Equal(OfflineMessage, result.Error);
        Assert.Equal(503, result.Status);
    }

    [Fact]
    public async Task OfflineAction_SaysSignInWhenBackOnline_InsteadOfThrowing()
    {
        using var http = Client("account-1", _ => throw new HttpRequestException("Failed to fetch"));

        var result = await new HttpTicketsApi(http).CancelOrderAsync(Guid.NewGuid(), TestContext.Current.CancellationToken);

        Assert.Equal(OfflineMessage, result.Error);
        Assert.Equal("offline", result.Code);
    }

    [Fact]
    public async Task ExpiredSession_StillShowsTheKeptTickets_AsSignedOut()
    {
        _store.Entries["account-1/api/me/tickets"] = Kept("[]");
        using var http = Client("account-1", _ => new HttpResponseMessage(HttpStatusCode.Unauthorized));

        var result = await new HttpTicketsApi(http).GetMyTicketsAsync(TestContext.Current.CancellationToken);

        Assert.Equal(new List<TicketResponse>(), result.Value);
        Assert.True(_status.IsSignedOut);
        Assert.True(_status.ShowsBanner);
    }

    [Fact]
    public async Task OfflineAction_InGerman_SaysSoInGerman()
    {
        using var german = new GermanCulture();
        using var http = Client("account-1", _ => throw new HttpRequestException("Failed to fetch"));

        var result = await new HttpTicketsApi(http).CancelOrderAsync(Guid.NewGuid(), TestContext.Current.CancellationToken);

        Assert.Equal("Du bist offline – melde dich wieder an, sobald du wieder online bist.", result.Error);
        Assert.Equal("offline", result.Code);
    }

    private HttpClient Client(string account, Func<HttpRequestMessage, HttpResponseMessage> server) =>
        new(new OfflineHandler(_store, new SignedIn(account), _status, new ManualTimeProvider(Saved), Texts) { InnerHandler = new FakeServer(server) })
        {
            BaseAddress = new Uri("https://eventfly.test/"),
        };

    private static HttpResponseMessage Json(string body) => new(HttpStatusCode.OK) { Content = new StringContent(body, Encoding.UTF8, "application/json") };

    private static KeptResponse Kept(string json) => new(Convert.ToBase64String(Encoding.UTF8.GetBytes(json)), "application/json", Saved);

    private sealed class FakeServer(Func<HttpRequestMessage, HttpResponseMessage> answer) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(answer(request));
    }

    private sealed class SignedIn(string account) : AuthenticationStateProvider
    {
        public override Task<AuthenticationState> GetAuthenticationStateAsync() =>
            Task.FromResult(new AuthenticationState(new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, account)], "test"))));
    }

    private sealed class MemoryStore : IOfflineStore
    {
        public Dictionary<string, KeptResponse> Entries { get; } = [];

        public Task PutAsync(string account, string key, KeptResponse response, CancellationToken cancellationToken = default)
        {
            Entries[$"{account}/{key}"] = response;
            return Task.CompletedTask;
        }

        public Task<KeptResponse?> GetAsync(string account, string key, CancellationToken cancellationToken = default) =>
            Task.FromResult(Entries.GetValueOrDefault($"{account}/{key}"));

        public Task ClearAsync(CancellationToken cancellationToken = default)
        {
            Entries.Clear();
            return Task.CompletedTask;
        }
    }
}
