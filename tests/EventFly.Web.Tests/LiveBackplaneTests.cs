using System.Net.Http.Json;
using System.Text.Json;

namespace EventFly.Web.Tests;

/// <summary>
/// Two web instances on one database, as behind a load balancer: with a real <c>redis-server</c> as the hub's backplane a
/// ballot posted to one instance reaches participants connected to the other; without it, it does not.
/// </summary>
public sealed class LiveBackplaneTests(RedisServer redis) : IClassFixture<RedisServer>
{
    [Fact]
    public async Task Ballot_PostedToHostA_ReachesAParticipantOnHostB_ThroughRedis_WithTheStoredCounts()
    {
        await using var hostA = new LiveHostFactory(redis.ConnectionString);
        var live = await LiveScenario.CreateAsync(hostA);
        var voterA = await live.AddHolderAsync();
        var voterB = await live.AddHolderAsync();
        var watcher = LiveClients.TokenOf(await live.AddHolderAsync());
        await using var hostB = new LiveHostFactory(redis.ConnectionString, sameDatabaseAs: hostA);
        var (onA, pushesOnA) = await LiveClients.JoinAsync(hostA, watcher, live.EventId);
        var (onB, pushesOnB) = await LiveClients.JoinAsync(hostB, watcher, live.EventId);
        await using var _ = onA;
        await using var __ = onB;
        using var watcherOnB = LiveClients.ClientWithToken(hostB, watcher);
        using var voterBOnB = LiveClients.ClientWithToken(hostB, LiveClients.TokenOf(voterB));

        await HttpStatusAssert.OkAsync(await live.VoteAsync(voterA, option: 1));
        var first = await pushesOnB.WaitForTotalAsync(1);
        var storedAfterFirst = await watcherOnB.GetFromJsonAsync<JsonElement>($"/api/polls/{live.PollId}/results");
        await HttpStatusAssert.OkAsync(await live.VoteAsync(voterBOnB, option: 2));
        var secondOnA = await pushesOnA.WaitForTotalAsync(2);
        var storedAfterSecond = await watcherOnB.GetFromJsonAsync<JsonElement>($"/api/polls/{live.PollId}/results");

        Assert.Equal([0, 1, 0], PushLog.VotesOf(storedAfterFirst));
        Assert.Equal(PushLog.VotesOf(storedAfterFirst), PushLog.VotesOf(first));
        Assert.Equal([0, 1, 1], PushLog.VotesOf(storedAfterSecond));
        Assert.Equal(PushLog.VotesOf(storedAfterSecond), PushLog.VotesOf(secondOnA));
    }

    /// <summary>The control: the same two hosts without Redis. Each pushes to its own connections only.</summary>
    [Fact]
    public async Task WithoutRedis_ABallotPostedToHostA_DoesNotReachHostB()
    {
        await using var hostA = new LiveHostFactory();
        var live = await LiveScenario.CreateAsync(hostA);
        var voterA = await live.AddHolderAsync();
        var voterB = await live.AddHolderAsync();
        var watcher = LiveClients.TokenOf(await live.AddHolderAsync());
        await using var hostB = new LiveHostFactory(sameDatabaseAs: hostA);
        var (onA, pushesOnA) = await LiveClients.JoinAsync(hostA, watcher, live.EventId);
        var (onB, pushesOnB) = await LiveClients.JoinAsync(hostB, watcher, live.EventId);
        await using var _ = onA;
        await using var __ = onB;
        using var voterBOnB = LiveClients.ClientWithToken(hostB, LiveClients.TokenOf(voterB));

        // Host A pushed the first ballot (its own participant got it) before the second is posted to host B, and host B's
        // push of the second reaches its participant: by then a push of the first would have arrived on B if anything carried it.
        await HttpStatusAssert.OkAsync(await live.VoteAsync(voterA, option: 0));
        await pushesOnA.WaitForTotalAsync(1);
        await HttpStatusAssert.OkAsync(await live.VoteAsync(voterBOnB, option: 0));
        await pushesOnB.WaitForTotalAsync(2);

        Assert.DoesNotContain(pushesOnB.All, p => PushLog.TotalOf(p.Results) == 1);
        Assert.DoesNotContain(pushesOnA.All, p => PushLog.TotalOf(p.Results) == 2);
    }

    /// <summary>
    /// A Redis outage degrades to each instance reaching its own participants (not to failed ballots), and once Redis is
    /// back ballots on one instance reach the other again, including a participant who joined during the outage.
    /// </summary>
    [Fact]
    public async Task WhileRedisIsDown_EachHostReachesItsOwn_AndAfterItIsBack_BothShareAgain()
    {
        await using var hostA = new LiveHostFactory(redis.ConnectionString);
        var live = await LiveScenario.CreateAsync(hostA);
        var voters = new List<HttpClient>();
        for (var i = 0; i < 12; i++) voters.Add(await live.AddHolderAsync());
        var watcher = LiveClients.TokenOf(await live.AddHolderAsync());
        var latecomer = LiveClients.TokenOf(await live.AddHolderAsync());
        await using var hostB = new LiveHostFactory(redis.ConnectionString, sameDatabaseAs: hostA);
        var (onA, pushesOnA) = await LiveClients.JoinAsync(hostA, watcher, live.EventId);
        await using var _ = onA;

        await redis.StopAsync();
        await HttpStatusAssert.OkAsync(await live.VoteAsync(voters[0], option: 0));
        await pushesOnA.WaitForTotalAsync(1);
        var (lateOnB, pushesOnB) = await LiveClients.JoinAsync(hostB, latecomer, live.EventId);
        await using var __ = lateOnB;
        await redis.RestartAsync();

        // The instances reconnect in the background: each ballot is a new state to wait for, until one reaches B.
        var reached = false;
        for (var ballots = 2; ballots <= voters.Count && !reached; ballots++)
        {
            await HttpStatusAssert.OkAsync(await live.VoteAsync(voters[ballots - 1], option: 1));
            await pushesOnA.WaitForTotalAsync(ballots);
            try
            {
                await pushesOnB.WaitForTotalAsync(ballots, TimeSpan.FromSeconds(5));
                reached = true;
            }
            catch (TimeoutException)
            {
                // Not reconnected yet: the next ballot.
            }
        }
        Assert.True(reached, "no ballot on A reached the participant on B after Redis came back");
    }
}
