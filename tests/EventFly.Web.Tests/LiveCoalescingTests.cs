using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using EventFly.Web.Live;
using Microsoft.Extensions.DependencyInjection;

namespace EventFly.Web.Tests;

/// <summary>A burst of ballots over the real hub: each client gets a few pushes per second, and the last shows what is stored.</summary>
public sealed class LiveCoalescingTests(EventFlyFactory factory, ITestOutputHelper output) : IClassFixture<EventFlyFactory>
{
    private const int Ballots = 1_000;

    [Fact]
    public async Task ThousandBallotsInABurst_ReachEachClientAsAFewPushes_TheLastEqualToTheStoredCounts()
    {
        var clock = Stopwatch.StartNew();
        var live = await LiveScenario.CreateAsync(factory);
        var scenarioMs = clock.ElapsedMilliseconds;
        var voters = await live.SeedHoldersAsync(Ballots + 3);
        var seededMs = clock.ElapsedMilliseconds;
        var interval = factory.Services.GetRequiredService<UpdateCoalescer>().Interval;
        // Three participants and the owner (staff get their own push of the same counts).
        var watchers = new List<(Microsoft.AspNetCore.SignalR.Client.HubConnection Connection, PushLog Pushes)>();
        foreach (var token in voters.TakeLast(3).Append(LiveClients.TokenOf(live.Owner)))
            watchers.Add(await LiveClients.JoinAsync(factory, token, live.EventId));
        using var http = factory.CreateClient();

        var started = Stopwatch.GetTimestamp();
        var refused = 0;
        await Parallel.ForAsync(0, Ballots, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, _) =>
        {
            using var response = await live.VoteAsync(http, option: i % 3, token: voters[i]);
            if (!response.IsSuccessStatusCode) Interlocked.Increment(ref refused);
        });
        var posted = Stopwatch.GetElapsedTime(started);
        foreach (var (_, pushes) in watchers) await pushes.WaitForTotalAsync(Ballots);
        // Where the time goes (shown with the test's output): host start and set-up, seeding, the burst, the last push.
        output.WriteLine($"set-up {scenarioMs} ms, {Ballots + 3} holders seeded by {seededMs} ms, {Ballots} ballots posted in {posted.TotalMilliseconds:F0} ms, " +
            $"all pushed by {clock.ElapsedMilliseconds} ms; pushes per client: {string.Join(", ", watchers.Select(w => w.Pushes.Count))}");
        var stored = await live.Owner.GetFromJsonAsync<JsonElement>($"/api/polls/{live.PollId}/results");
        foreach (var (connection, _) in watchers) await connection.DisposeAsync();

        Assert.Equal(0, refused);
        Assert.Equal(Ballots, PushLog.TotalOf(stored));
        Assert.Equal([334, 333, 333], PushLog.VotesOf(stored));
        foreach (var (_, pushes) in watchers)
        {
            var all = pushes.All;
            var elapsed = Stopwatch.GetElapsedTime(started, all[^1].At);
            var bound = (int)(elapsed / interval) + 2;
            Assert.True(all.Count <= bound, $"{all.Count} pushes in {elapsed.TotalMilliseconds:F0} ms (posting took {posted.TotalMilliseconds:F0} ms): more than {bound}");
            Assert.Equal(PushLog.VotesOf(stored), PushLog.VotesOf(all[^1].Results));
            Assert.Equal(Ballots, PushLog.TotalOf(all[^1].Results));
            var totals = all.Select(p => PushLog.TotalOf(p.Results)).ToList();
            Assert.Equal(totals.Order(), totals);
        }
    }
}
