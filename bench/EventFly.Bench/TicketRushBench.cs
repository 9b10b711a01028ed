using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace EventFly.Bench;

/// <summary>
/// Ticket rush through the real HTTP stack: the Release host runs as its own process on a fresh SQLite file; N buyers
/// each order one free ticket after another from a ticket type on a shared quota until it is sold out. Reports confirmed
/// orders/s, latencies, oversold (must be 0) and, on the same disk, raw SQLite single-row UPDATE commits/s as the
/// ceiling. Writes bench/results/ticket-rush.json.
/// </summary>
internal static class TicketRushBench
{
    private const string Password = "Bench!Pass1";
    private static readonly string[] Tags = ["rush"];

    public static async Task RunAsync(string[] args)
    {
        var buyers = args.IntAt(0, 64);
        var seats = args.IntAt(1, 5_000);
        var warmUp = TimeSpan.FromSeconds(args.IntAt(2, 30));
        var folder = Path.Combine(Path.GetTempPath(), "eventfly-bench", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var baseUrl = $"http://127.0.0.1:{BenchHost.FreePort()}";
        using var host = BenchHost.Start(folder, baseUrl);
        try
        {
            using var anonymous = new HttpClient { BaseAddress = new Uri(baseUrl) };
            await BenchHost.WaitUntilReadyAsync(anonymous);
            using var owner = await SignedInAsync(baseUrl, "owner@bench.eventfly.dev");
            var clients = await Task.WhenAll(Enumerable.Range(0, buyers).Select(i => SignedInAsync(baseUrl, $"buyer{i}@bench.eventfly.dev")));

            // A fresh host spends its first tens of seconds compiling (tiered JIT): rush another event until that settles,
            // and report it apart, so the measured rush is the steady state a host reaches minutes into an on-sale.
            var (warmUpEvent, warmUpType) = await SetUpAsync(owner, 20_000); // the most tickets per event the Business package allows
            var warm = await RushAsync(clients, warmUpEvent, warmUpType, warmUp);
            var (eventId, typeId) = await SetUpAsync(owner, seats);
            var rush = await RushAsync(clients, eventId, typeId, until: null);
            var latencies = rush.Latencies;
            var clock = rush.Clock;

            var types = await owner.GetFromJsonAsync<JsonElement>($"/api/events/{eventId}/ticket-types");
            var sold = types.EnumerateArray().Single().GetProperty("sold").GetInt32();
            var confirmed = latencies.Count(l => l.Status == HttpStatusCode.Created);
            var created = latencies.Where(l => l.Status == HttpStatusCode.Created).Select(l => l.Ms).Order().ToList();
            var drain = await OutboxDrainAsync(Path.Combine(folder, "eventfly.db"), TimeSpan.FromMinutes(10));
            var httpFloor = await HttpFloorAsync(clients, TimeSpan.FromSeconds(5));
            var journalMode = JournalModeOf(Path.Combine(folder, "eventfly.db"));
            var ceiling = RawUpdateCommitsPerSecond(folder, journalMode, TimeSpan.FromSeconds(3));
            var ordersPerSecond = confirmed / clock.Elapsed.TotalSeconds;
            foreach (var client in clients) client.Dispose();

            var result = new
            {
                benchmark = "ticket-rush",
                machine = $"{Environment.ProcessorCount} cores, {Environment.OSVersion}",
                database = $"SQLite file, journal_mode={journalMode} (the host's settings; the ceiling uses the same)",
                buyers,
                seats,
                confirmedOrders = confirmed,
                soldOutAnswers = latencies.Count(l => l.Status == HttpStatusCode.Conflict),
                otherAnswers = latencies.Count(l => l.Status is not (HttpStatusCode.Created or HttpStatusCode.Conflict)),
                oversold = Math.Max(0, sold - seats),
                soldCounterMatchesOrders = sold == confirmed,
                seconds = Round(clock.Elapsed.TotalSeconds),
                confirmedOrdersPerSecond = Round(ordersPerSecond),
                orderLatencyMs = new { p50 = Round(created[created.Count / 2]), p95 = Round(created[(int)(created.Count * 0.95)]), max = Round(created[^1]) },
                warmUp = new { seconds = Round(warm.Clock.Elapsed.TotalSeconds), confirmedOrdersPerSecond = Round(warm.Latencies.Count(l => l.Status == HttpStatusCode.Created) / warm.Clock.Elapsed.TotalSeconds) },
                rawSqliteUpdateCommitsPerSecond = Round(ceiling),
                ratioToCeiling = Round(ordersPerSecond / ceiling),
                httpFloorRequestsPerSecond = Round(httpFloor),
                ratioToHttpFloor = Round(ordersPerSecond / httpFloor),
                outbox = new { backlogAtEnd = drain.Backlog, secondsToDrain = drain.Drained ? Round(drain.Seconds) : (double?)null, dispatchedPerSecond = Round(drain.PerSecond) },
                target = "ratioToCeiling >= 0.5",
            };
            await BenchResults.WriteAsync("ticket-rush", result);
        }
        finally
        {
            host.Kill(entireProcessTree: true);
            await host.WaitForExitAsync();
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Every buyer orders one ticket after another until sold out (or <paramref name="until"/> has passed).</summary>
    private static async Task<(ConcurrentBag<(double Ms, HttpStatusCode Status)> Latencies, Stopwatch Clock)> RushAsync(
        HttpClient[] clients, Guid eventId, Guid typeId, TimeSpan? until)
    {
        var latencies = new ConcurrentBag<(double Ms, HttpStatusCode Status)>();
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(clients.Select(async client =>
        {
            while (until is null || clock.Elapsed < until)
            {
                var watch = Stopwatch.StartNew();
                using var response = await client.PostAsJsonAsync($"/api/events/{eventId}/orders", new { items = new[] { new { ticketTypeId = typeId, quantity = 1 } } });
                latencies.Add((watch.Elapsed.TotalMilliseconds, response.StatusCode));
                if (response.StatusCode != HttpStatusCode.Created) return;
            }
        }));
        clock.Stop();
        return (latencies, clock);
    }

    /// <summary>
    /// The rush leaves confirmation e-mails and integration events in the outbox: how many when the last seat is sold,
    /// how long until all are dispatched (or how far it got within <paramref name="limit"/>), and at what rate.
    /// </summary>
    private static async Task<(long Backlog, bool Drained, double Seconds, double PerSecond)> OutboxDrainAsync(string database, TimeSpan limit)
    {
        await using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly;Pooling=false");
        connection.Open();
        await using var count = connection.CreateCommand();
        count.CommandText = "SELECT COUNT(*) FROM OutboxMessages WHERE DispatchedAt IS NULL";
        var backlog = (long)(await count.ExecuteScalarAsync())!;
        var clock = Stopwatch.StartNew();
        long left;
        while ((left = (long)(await count.ExecuteScalarAsync())!) > 0 && clock.Elapsed < limit) await Task.Delay(250);
        return (backlog, left == 0, clock.Elapsed.TotalSeconds, (backlog - left) / clock.Elapsed.TotalSeconds);
    }

    /// <summary>
    /// What the HTTP stack alone serves with the same buyers on the same cores: signed-in <c>GET /api/me</c> (one indexed
    /// read, no write). No order can be confirmed faster than this.
    /// </summary>
    private static async Task<double> HttpFloorAsync(HttpClient[] clients, TimeSpan duration)
    {
        var requests = 0;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(clients.Select(async client =>
        {
            while (clock.Elapsed < duration)
            {
                using var response = await client.GetAsync("/api/me");
                response.EnsureSuccessStatusCode();
                Interlocked.Increment(ref requests);
            }
        }));
        return requests / clock.Elapsed.TotalSeconds;
    }

    /// <summary>An event on sale with one free ticket type of <paramref name="seats"/> on a shared quota of as many.</summary>
    private static async Task<(Guid EventId, Guid TypeId)> SetUpAsync(HttpClient owner, int seats)
    {
        var organization = await BenchHost.ReadAsync(await owner.PostAsJsonAsync("/api/organizations", new { name = "Rush Org" }));
        var starts = DateTimeOffset.UtcNow.AddDays(30);
        var ev = await BenchHost.ReadAsync(await owner.PostAsJsonAsync($"/api/organizations/{organization.GetProperty("id").GetGuid()}/events", new
        {
            name = "Rush", description = "The last seats.", category = "music", tags = Tags, startsAt = starts, endsAt = starts.AddHours(3),
            timeZone = "Europe/Berlin", venue = new { name = "Arena", address = "Ring 1", city = "Berlin", latitude = 52.5, longitude = 13.4 },
        }));
        var eventId = ev.GetProperty("id").GetGuid();
        (await owner.PostAsync($"/api/events/{eventId}/publish", null)).EnsureSuccessStatusCode();
        var quota = await BenchHost.ReadAsync(await owner.PostAsJsonAsync($"/api/events/{eventId}/quotas", new { name = "Venue", capacity = seats }));
        var type = await BenchHost.ReadAsync(await owner.PostAsJsonAsync($"/api/events/{eventId}/ticket-types", new
        {
            name = "Standing", price = new { amount = 0, currency = "EUR" }, capacity = seats, maxPerOrder = 1, quotaId = quota.GetProperty("id").GetGuid(),
        }));
        return (eventId, type.GetProperty("id").GetGuid());
    }

    /// <summary>The ceiling: single-row UPDATEs, each its own commit, on a SQLite file beside the host's.</summary>
    private static double RawUpdateCommitsPerSecond(string folder, string journalMode, TimeSpan duration)
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(folder, "raw.db")};Pooling=false");
        connection.Open();
        using (var create = connection.CreateCommand())
        {
            create.CommandText = $"PRAGMA journal_mode={journalMode}; CREATE TABLE Counter (Id INTEGER PRIMARY KEY, Sold INTEGER NOT NULL); INSERT INTO Counter VALUES (1, 0);";
            create.ExecuteNonQuery();
        }
        using var update = connection.CreateCommand();
        update.CommandText = "UPDATE Counter SET Sold = Sold + 1 WHERE Id = 1 AND Sold < 1000000000";
        var watch = Stopwatch.StartNew();
        var commits = 0;
        while (watch.Elapsed < duration)
        {
            update.ExecuteNonQuery();
            commits++;
        }
        return commits / watch.Elapsed.TotalSeconds;
    }

    private static string JournalModeOf(string database)
    {
        using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly;Pooling=false");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode;";
        return (string)command.ExecuteScalar()!;
    }

    private static async Task<HttpClient> SignedInAsync(string baseUrl, string email)
    {
        var client = new HttpClient { BaseAddress = new Uri(baseUrl), Timeout = TimeSpan.FromMinutes(2) };
        (await client.PostAsJsonAsync("/api/auth/register", new { email, password = Password })).EnsureSuccessStatusCode();
        var login = await BenchHost.ReadAsync(await client.PostAsJsonAsync("/api/auth/login", new { email, password = Password }));
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", login.GetProperty("accessToken").GetString());
        return client;
    }

    private static double Round(double value) => Math.Round(value, 2);
}
