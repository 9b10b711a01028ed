using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EventFly.Client.Contracts;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace EventFly.Web.Tests;

/// <summary>The live hub with real SignalR clients against the test host: who may join, and pushes reaching the others.</summary>
public sealed class LiveHubTests(MatrixFactory factory) : IClassFixture<MatrixFactory>
{
    [Fact]
    public async Task Ballot_ByOneParticipant_ReachesAnotherParticipantsResults_AndAStrangerCannotJoin()
    {
        var live = await LiveEventAsync();
        var poll = await CreatePollAsync(live);
        await using var watcher = await ConnectAsync(live.HolderB);
        var pushes = Record(watcher, "PollResultsUpdated");
        await watcher.InvokeAsync<JsonElement>("JoinEvent", live.EventId);
        await using var stranger = await ConnectAsync(live.Stranger);
        var strangerPushes = Record(stranger, "PollResultsUpdated");

        var refused = await Assert.ThrowsAsync<HubException>(() => stranger.InvokeAsync<JsonElement>("JoinEvent", live.EventId));
        var vote = await live.HolderA.PostAsJsonAsync($"/api/polls/{poll.Id}/votes", new { optionIds = new[] { poll.Options[0] } });

        Assert.Equal(HttpStatusCode.OK, vote.StatusCode);
        Assert.Contains("ticket", refused.Message, StringComparison.OrdinalIgnoreCase);
        var results = await WaitForAsync(pushes, r => r.GetProperty("totalVotes").GetInt32() == 1);
        Assert.Equal(1, results.GetProperty("options")[0].GetProperty("votes").GetInt32());
        Assert.Empty(strangerPushes);
    }

    [Fact]
    public async Task AfterAReconnect_AParticipantJoinsAgain_AndGetsLaterPushes()
    {
        var live = await LiveEventAsync();
        var poll = await CreatePollAsync(live);
        var first = await ConnectAsync(live.HolderB);
        await first.InvokeAsync<JsonElement>("JoinEvent", live.EventId);
        await first.DisposeAsync();

        await using var again = await ConnectAsync(live.HolderB);
        var pushes = Record(again, "PollResultsUpdated");
        await again.InvokeAsync<JsonElement>("JoinEvent", live.EventId);
        var current = await live.HolderB.GetFromJsonAsync<JsonElement>($"/api/polls/{poll.Id}/results");
        (await live.HolderA.PostAsJsonAsync($"/api/polls/{poll.Id}/votes", new { optionIds = new[] { poll.Options[1] } })).EnsureSuccessStatusCode();

        Assert.Equal(0, current.GetProperty("totalVotes").GetInt32());
        var results = await WaitForAsync(pushes, r => r.GetProperty("totalVotes").GetInt32() == 1);
        Assert.Equal(1, results.GetProperty("options")[1].GetProperty("votes").GetInt32());
    }

    private sealed record LiveEvent(Guid EventId, HttpClient Owner, HttpClient HolderA, HttpClient HolderB, HttpClient Stranger);

    private sealed record CreatedPoll(Guid Id, Guid[] Options);

    private async Task<LiveEvent> LiveEventAsync()
    {
        var s = await factory.ScenarioAsync();
        var ev = await EventEndpointTests.CreatePublishedAsync(s, EventEndpointTests.EventBody("Live", ("Berlin", 52.52, 13.40)));
        var type = await (await s.Owner.PostAsJsonAsync($"/api/events/{ev.Id}/ticket-types",
            new { name = "Free", price = new { amount = 0, currency = "EUR" }, capacity = 100 })).Content.ReadFromJsonAsync<TicketTypeResponse>();
        async Task<HttpClient> HolderAsync()
        {
            var (_, client) = await factory.CreateSignedInUserAsync();
            (await client.PostAsJsonAsync($"/api/events/{ev.Id}/orders", new { items = new[] { new { ticketTypeId = type!.Id, quantity = 1 } } })).EnsureSuccessStatusCode();
            return client;
        }
        var (_, stranger) = await factory.CreateSignedInUserAsync();
        return new LiveEvent(ev.Id, s.Owner, await HolderAsync(), await HolderAsync(), stranger);
    }

    private static async Task<CreatedPoll> CreatePollAsync(LiveEvent live)
    {
        var response = await live.Owner.PostAsJsonAsync($"/api/events/{live.EventId}/polls", new { question = "Which talk next?", options = new[] { "Blazor", "SignalR" } });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var poll = await response.Content.ReadFromJsonAsync<JsonElement>();
        return new CreatedPoll(poll.GetProperty("id").GetGuid(), [.. poll.GetProperty("options").EnumerateArray().Select(o => o.GetProperty("id").GetGuid())]);
    }

    private async Task<HubConnection> ConnectAsync(HttpClient bearer)
    {
        var token = bearer.DefaultRequestHeaders.Authorization!.Parameter;
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(factory.Server.BaseAddress, "/hubs/live"), options =>
            {
                options.HttpMessageHandlerFactory = _ => factory.Server.CreateHandler();
                options.Transports = HttpTransportType.LongPolling;
                options.AccessTokenProvider = () => Task.FromResult<string?>(token);
            })
            .Build();
        await connection.StartAsync();
        return connection;
    }

    /// <summary>The second argument of every <paramref name="message"/> (the first is the poll's id).</summary>
    private static ConcurrentQueue<JsonElement> Record(HubConnection connection, string message)
    {
        var received = new ConcurrentQueue<JsonElement>();
        connection.On<Guid, JsonElement>(message, (_, payload) => received.Enqueue(payload));
        return received;
    }

    private static async Task<JsonElement> WaitForAsync(ConcurrentQueue<JsonElement> received, Func<JsonElement, bool> match)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (!timeout.IsCancellationRequested)
        {
            var found = received.LastOrDefault(match);
            if (found.ValueKind != JsonValueKind.Undefined) return found;
            await Task.Delay(20, timeout.Token).ContinueWith(_ => { }, TaskScheduler.Default);
        }
        throw new TimeoutException($"No matching push among {received.Count}.");
    }
}
