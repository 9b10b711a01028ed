using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace EventFly.Web.Tests;

/// <summary>The live hub with real SignalR clients against the test host: who may join, and pushes reaching the others.</summary>
public sealed class LiveHubTests(MatrixFactory factory) : IClassFixture<MatrixFactory>
{
    [Fact]
    public async Task Ballot_ByOneParticipant_ReachesAnotherParticipantsResults_AndAStrangerCannotJoin()
    {
        var live = await LiveScenario.CreateAsync(factory);
        var (holderA, holderB) = (await live.AddHolderAsync(), await live.AddHolderAsync());
        var (_, strangerClient) = await factory.CreateSignedInUserAsync();
        var (watcher, pushes) = await LiveClients.JoinAsync(factory, LiveClients.TokenOf(holderB), live.EventId);
        await using var _ = watcher;
        await using var stranger = await LiveClients.ConnectAsync(factory, LiveClients.TokenOf(strangerClient));
        var strangerPushes = LiveClients.RecordPollResults(stranger);

        var refused = await Assert.ThrowsAsync<HubException>(() => stranger.InvokeAsync<JsonElement>("JoinEvent", live.EventId));
        var vote = await live.VoteAsync(holderA, 0);

        Assert.Equal(HttpStatusCode.OK, vote.StatusCode);
        Assert.Contains("ticket", refused.Message, StringComparison.OrdinalIgnoreCase);
        var results = await pushes.WaitForTotalAsync(1);
        Assert.Equal(1, PushLog.VotesOf(results)[0]);
        Assert.Equal(0, strangerPushes.Count);
    }

    [Fact]
    public async Task AfterAReconnect_AParticipantJoinsAgain_AndGetsLaterPushes()
    {
        var live = await LiveScenario.CreateAsync(factory);
        var (holderA, holderB) = (await live.AddHolderAsync(), await live.AddHolderAsync());
        var (first, _) = await LiveClients.JoinAsync(factory, LiveClients.TokenOf(holderB), live.EventId);
        await first.DisposeAsync();

        var (again, pushes) = await LiveClients.JoinAsync(factory, LiveClients.TokenOf(holderB), live.EventId);
        await using var _ = again;
        var current = await holderB.GetFromJsonAsync<JsonElement>($"/api/polls/{live.PollId}/results");
        (await live.VoteAsync(holderA, 1)).EnsureSuccessStatusCode();

        Assert.Equal(0, PushLog.TotalOf(current));
        var results = await pushes.WaitForTotalAsync(1);
        Assert.Equal(1, PushLog.VotesOf(results)[1]);
    }
}
