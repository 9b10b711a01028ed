using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using EventFly.Client.Contracts;
using EventFly.Domain.Ticketing;
using EventFly.Services.Identity.Contracts;
using EventFly.Services.Persistence;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.AspNetCore.TestHost;

namespace EventFly.Web.Tests;

/// <summary>
/// A published event with a free ticket type and an open poll, made through the API of <see cref="Factory"/> by its
/// owner; ticket holders come one by one through the API (<see cref="AddHolderAsync"/>) or many at once straight into
/// the database (<see cref="SeedHoldersAsync"/>).
/// </summary>
public sealed class LiveScenario
{
    private LiveScenario(EventFlyFactory factory) => Factory = factory;

    public EventFlyFactory Factory { get; }

    public HttpClient Owner { get; private set; } = null!;

    public Guid EventId { get; private set; }

    public Guid TicketTypeId { get; private set; }

    public Guid PollId { get; private set; }

    public Guid[] PollOptions { get; private set; } = [];

    public static async Task<LiveScenario> CreateAsync(EventFlyFactory factory)
    {
        var s = new LiveScenario(factory);
        (_, s.Owner) = await factory.CreateSignedInUserAsync();
        var organization = await ReadAsync<OrganizationResponse>(await s.Owner.PostAsJsonAsync("/api/organizations", new { name = "Live Org" }));
        var ev = await ReadAsync<EventResponse>(await s.Owner.PostAsJsonAsync($"/api/organizations/{organization.Id}/events",
            EventEndpointTests.EventBody("Live night", ("Berlin", 52.52, 13.40))));
        (await s.Owner.PostAsync($"/api/events/{ev.Id}/publish", null)).EnsureSuccessStatusCode();
        s.EventId = ev.Id;
        s.TicketTypeId = (await ReadAsync<TicketTypeResponse>(await s.Owner.PostAsJsonAsync($"/api/events/{ev.Id}/ticket-types",
            new { name = "Free", price = new { amount = 0, currency = "EUR" }, capacity = 5_000 }))).Id;
        var poll = await ReadAsync<JsonElement>(await s.Owner.PostAsJsonAsync($"/api/events/{ev.Id}/polls",
            new { question = "Which talk next?", options = new[] { "Blazor", "SignalR", "Redis" } }));
        s.PollId = poll.GetProperty("id").GetGuid();
        s.PollOptions = [.. poll.GetProperty("options").EnumerateArray().Select(o => o.GetProperty("id").GetGuid())];
        return s;
    }

    /// <summary>A new account that ordered a free ticket through the API; its bearer client.</summary>
    public async Task<HttpClient> AddHolderAsync()
    {
        var (_, client) = await Factory.CreateSignedInUserAsync();
        (await client.PostAsJsonAsync($"/api/events/{EventId}/orders", new { items = new[] { new { ticketTypeId = TicketTypeId, quantity = 1 } } }))
            .EnsureSuccessStatusCode();
        return client;
    }

    /// <summary>
    /// <paramref name="count"/> ticket holders without the cost of sign-up and sign-in (password hashing): accounts and
    /// confirmed free orders written straight into the host's database, and for each a bearer token made by the host's own
    /// claims factory and token protector, as its login endpoint makes them.
    /// </summary>
    public Task<IReadOnlyList<string>> SeedHoldersAsync(int count) => SeedAccountsAsync(count, withFreeOrder: true);

    /// <summary>
    /// <paramref name="count"/> accounts as <see cref="SeedHoldersAsync"/> makes them, without orders unless
    /// <paramref name="withFreeOrder"/>: their bearer tokens.
    /// </summary>
    public async Task<IReadOnlyList<string>> SeedAccountsAsync(int count, bool withFreeOrder = false)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<EventFlyDbContext>();
        var normalizer = services.GetRequiredService<ILookupNormalizer>();
        var now = DateTimeOffset.UtcNow;
        var type = withFreeOrder ? await db.Set<TicketType>().SingleAsync(t => t.Id == TicketTypeId) : null;
        var users = new List<AppUser>(count);
        for (var i = 0; i < count; i++)
        {
            var email = $"holder-{Guid.NewGuid():N}@tests.eventfly.dev";
            var user = AppUser.Create(email);
            user.Id = Guid.NewGuid();
            user.NormalizedEmail = normalizer.NormalizeEmail(email);
            user.NormalizedUserName = normalizer.NormalizeName(email);
            user.SecurityStamp = Guid.NewGuid().ToString("N");
            users.Add(user);
            db.Add(user);
            if (type is not null) db.Add(Order.Place(EventId, user.Id, [(type, 1)], now, TimeSpan.FromMinutes(15)));
        }
        await db.SaveChangesAsync();

        var principals = services.GetRequiredService<IUserClaimsPrincipalFactory<AppUser>>();
        var bearer = services.GetRequiredService<IOptionsMonitor<BearerTokenOptions>>().Get(IdentityConstants.BearerScheme);
        var tokens = new List<string>(count);
        foreach (var user in users)
        {
            var ticket = new AuthenticationTicket(await principals.CreateAsync(user),
                new AuthenticationProperties { IssuedUtc = now, ExpiresUtc = now.AddHours(1) }, IdentityConstants.BearerScheme);
            tokens.Add(bearer.BearerTokenProtector.Protect(ticket));
        }
        return tokens;
    }

    public Task<HttpResponseMessage> VoteAsync(HttpClient client, int option, string? token = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/polls/{PollId}/votes") { Content = JsonContent.Create(new { optionIds = new[] { PollOptions[option] } }) };
        if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client.SendAsync(request);
    }

    private static async Task<T> ReadAsync<T>(HttpResponseMessage response)
    {
        Assert.True(response.IsSuccessStatusCode, $"{response.RequestMessage?.RequestUri}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<T>())!;
    }
}

/// <summary>Real SignalR clients of a test host's live hub (long polling through the in-memory server) and what they received.</summary>
public static class LiveClients
{
    public static string TokenOf(HttpClient bearer) => bearer.DefaultRequestHeaders.Authorization!.Parameter!;

    /// <summary>A bearer client of <paramref name="factory"/> with the token of another (the hosts share their keys).</summary>
    public static HttpClient ClientWithToken(EventFlyFactory factory, string token)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public static async Task<HubConnection> ConnectAsync(EventFlyFactory factory, string token)
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(factory.Server.BaseAddress, "/hubs/live"), options =>
            {
                options.HttpMessageHandlerFactory = _ => factory.Server.CreateHandler();
                options.Transports = HttpTransportType.LongPolling;
                options.AccessTokenProvider = () => Task.FromResult<string?>(token);
            })
            .Build();
        await connection.StartAsync();
        // StartAsync returns after the handshake, before the hub's OnConnectedAsync has put the connection into its user's
        // group; a push sent in between was lost (a flaky "Nothing was pushed"). The hub runs invocations only after
        // OnConnectedAsync, so one harmless round trip waits for it.
        await connection.InvokeAsync("LeaveEvent", Guid.Empty);
        return connection;
    }

    /// <summary>Connects and joins the event; returns the connection and every PollResultsUpdated it receives from then on.</summary>
    public static async Task<(HubConnection Connection, PushLog Pushes)> JoinAsync(EventFlyFactory factory, string token, Guid eventId)
    {
        var connection = await ConnectAsync(factory, token);
        var pushes = RecordPollResults(connection);
        await connection.InvokeAsync<JsonElement>("JoinEvent", eventId);
        return (connection, pushes);
    }

    /// <summary>Every PollResultsUpdated the connection receives from now on.</summary>
    public static PushLog RecordPollResults(HubConnection connection)
    {
        var pushes = new PushLog();
        connection.On<Guid, JsonElement>("PollResultsUpdated", (_, results) => pushes.Add(results));
        return pushes;
    }
}

/// <summary>The PollResultsUpdated payloads one client received, each with when (<see cref="Stopwatch.GetTimestamp"/>).</summary>
public sealed class PushLog
{
    private readonly ConcurrentQueue<(long At, JsonElement Results)> _received = new();

    public int Count => _received.Count;

    public IReadOnlyList<(long At, JsonElement Results)> All => [.. _received];

    public void Add(JsonElement results) => _received.Enqueue((Stopwatch.GetTimestamp(), results));

    /// <summary>Waits (up to <paramref name="limit"/>, 30 s by default) for a push with <paramref name="totalVotes"/> ballots; the first such push.</summary>
    public async Task<JsonElement> WaitForTotalAsync(int totalVotes, TimeSpan? limit = null)
    {
        using var timeout = new CancellationTokenSource(limit ?? TimeSpan.FromSeconds(30));
        while (!timeout.IsCancellationRequested)
        {
            foreach (var (_, results) in _received)
                if (TotalOf(results) == totalVotes) return results;
            await Task.Delay(20, CancellationToken.None);
        }
        throw new TimeoutException($"No push with {totalVotes} ballots among {Count}: {string.Join(", ", _received.Select(r => TotalOf(r.Results)))}.");
    }

    public static int TotalOf(JsonElement results) => results.GetProperty("totalVotes").GetInt32();

    /// <summary>The option counts of a results payload (push or <c>GET /api/polls/{id}/results</c>), in order.</summary>
    public static int[] VotesOf(JsonElement results) => [.. results.GetProperty("options").EnumerateArray().Select(o => o.GetProperty("votes").GetInt32())];
}

/// <summary>The test host with the Redis backplane (<paramref name="redis"/>) and/or on the database of another host.</summary>
/// <summary>An instance of a scaled-out web role: Redis when given, the database of another when given, and optionally its limit of sign-in attempts and its clock.</summary>
public sealed class LiveHostFactory(string? redis = null, EventFlyFactory? sameDatabaseAs = null, int? authPerMinute = null, TimeProvider? time = null)
    : EventFlyFactory
{
    protected override int AuthPerMinute => authPerMinute ?? base.AuthPerMinute;

    protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        if (redis is not null) builder.UseSetting("ConnectionStrings:Redis", redis);
        if (time is not null) builder.ConfigureTestServices(services => services.AddSingleton(time));
        if (sameDatabaseAs is not null)
        {
            // The second instance of a scaled-out web role: same database and keys. It starts after the first has
            // migrated, so its own start-up migration finds nothing to do (as a rolling deploy's second container).
            builder.UseSetting("ConnectionStrings:EventFly", $"Data Source={Path.Combine(sameDatabaseAs.DatabaseFolder, "eventfly.db")};Pooling=false");
            builder.UseSetting("EventFly:DataPath", sameDatabaseAs.DatabaseFolder);
        }
    }
}

internal static class HttpStatusAssert
{
    public static async Task OkAsync(HttpResponseMessage response) =>
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
}
