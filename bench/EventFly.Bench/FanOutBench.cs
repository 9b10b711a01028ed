using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using EventFly.Domain.Common;
using EventFly.Domain.Events;
using EventFly.Domain.Identity;
using EventFly.Domain.Organizations;
using EventFly.Domain.Ticketing;
using EventFly.Services;
using EventFly.Services.Identity.Contracts;
using EventFly.Services.Persistence;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace EventFly.Bench;

/// <summary>
/// Live fan-out over the real hub: the Release host runs as its own process on a fresh SQLite file; this process holds K
/// WebSocket connections of ticket holders joined to one event, while a few voters post one ballot per second (each voter
/// once per poll, so a new poll takes over when they all voted). Measures, per ballot, the time from its POST returning to
/// the moment the last of the K clients received a <c>PollResultsUpdated</c> that counts it (this includes the coalescer's
/// wait of up to 250 ms, by design), pushes per client, the server's memory per connection and its CPU. Writes
/// bench/results/fanout.json, one entry per K and runtime settings (the other runs already in the file are kept).
/// </summary>
/// <remarks>
/// Accounts, the event and its K ticket holders are written straight into the database before the host starts (one
/// password hash shared by all: no sign-up per account). Signing in is the host's work (password hashing, ~0.1 s of CPU
/// each), so <c>accounts</c> users (50 by default) sign in and their tokens are shared by the K connections round robin.
/// </remarks>
internal static class FanOutBench
{
    private const string Password = "Bench!Pass1";
    private const string PushMessage = "PollResultsUpdated";
    private static readonly string[] Choices = ["Blazor", "SignalR"];
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static async Task RunAsync(string[] args)
    {
        var sizes = (args.Length > 0 ? args[0] : "1000").Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToList();
        var seconds = args.IntAt(1, 30);
        var voters = args.IntAt(2, 5);
        var accounts = args.IntAt(3, 50);

        var runs = new List<JsonNode>();
        foreach (var clients in sizes)
        {
            var run = await RunOnceAsync(clients, seconds, voters, accounts);
            Console.WriteLine(JsonSerializer.Serialize(run, Indented));
            runs.Add(JsonSerializer.SerializeToNode(run)!);
        }

        // One file for all sizes: a run replaces the earlier one of its size and keeps the others.
        var file = BenchResults.PathOf("fanout");
        if (File.Exists(file) && JsonNode.Parse(await File.ReadAllTextAsync(file))?["runs"] is JsonArray earlier)
            runs.AddRange(earlier.Where(r => !sizes.Contains(r!["clients"]!.GetValue<int>()) || (string?)r["hostRuntimeSettings"] != RuntimeSettings())
                .Select(r => r!.DeepClone()));
        await BenchResults.WriteAsync("fanout", new
        {
            benchmark = "fanout",
            command = "dotnet run -c Release --project bench/EventFly.Bench -- fanout <clients[,clients...]> <seconds> [voters] [accounts]",
            runs = runs.OrderBy(r => (string?)r["hostRuntimeSettings"]).ThenBy(r => r["clients"]!.GetValue<int>()).ToList(),
        });
    }

    private static async Task<object> RunOnceAsync(int clients, int seconds, int voters, int accounts)
    {
        accounts = Math.Min(accounts, clients);
        var loadAtStart = LoadAverage();
        var folder = Path.Combine(Path.GetTempPath(), "eventfly-bench", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        Console.WriteLine($"fan-out: {clients} clients, {seconds} s, {voters} voters, {accounts} accounts: seeding");
        var seed = await SeedAsync(folder, holders: Math.Max(clients, accounts + voters));
        var baseUrl = $"http://127.0.0.1:{BenchHost.FreePort()}";
        using var host = BenchHost.Start(folder, baseUrl, new Dictionary<string, string> { ["EventFly__Payments__Sandbox"] = "true" });
        var connections = new List<HubConnection>(clients);
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri(baseUrl), Timeout = TimeSpan.FromMinutes(2) };
            await BenchHost.WaitUntilReadyAsync(http);
            using var owner = await SignedInAsync(baseUrl, seed.OwnerEmail);
            var polls = new List<(Guid Id, Guid[] Options)>();
            for (var i = 0; i < (seconds + voters - 1) / voters; i++)
            {
                var poll = await BenchHost.ReadAsync(await owner.PostAsJsonAsync($"/api/events/{seed.EventId}/polls",
                    new { question = $"Round {i + 1}: which talk next?", options = Choices }));
                polls.Add((poll.GetProperty("id").GetGuid(), [.. poll.GetProperty("options").EnumerateArray().Select(o => o.GetProperty("id").GetGuid())]));
            }
            var pollIndex = polls.Select((poll, i) => (poll.Id, i)).ToDictionary(p => p.Id, p => p.i);
            var tokens = new string[accounts];
            await Parallel.ForAsync(0, accounts, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (i, _) =>
                tokens[i] = await TokenAsync(http, seed.HolderEmails[i]));
            var voterClients = new List<HttpClient>();
            foreach (var email in seed.HolderEmails.Skip(accounts).Take(voters)) voterClients.Add(await SignedInAsync(baseUrl, email));
            Console.WriteLine($"  host ready, {accounts + voters + 1} signed in; connecting");

            // A first tenth (at most 100) connects and joins before the baseline, so the hub's code is compiled and its
            // buffers are pooled; the memory per connection is what the other connections add.
            var logs = Enumerable.Range(0, clients).Select(_ => new List<(int Poll, int Total, long At)>(seconds + 8)).ToArray();
            var closed = 0;
            var warm = Math.Min(100, Math.Max(1, clients / 10));
            var connectClock = Stopwatch.StartNew();
            await ConnectAsync(0, warm);
            var gcdump = GcDumpTool();
            var before = await ServerSampleAsync(host, http, gcdump);
            var clientBefore = Environment.WorkingSet;
            host.Refresh();
            var cpuConnect = host.TotalProcessorTime;
            var connectRest = Stopwatch.StartNew();
            await ConnectAsync(warm, clients);
            var connectSeconds = connectClock.Elapsed.TotalSeconds;
            host.Refresh();
            var cpuConnecting = (host.TotalProcessorTime - cpuConnect).TotalSeconds / connectRest.Elapsed.TotalSeconds;
            var connected = await ServerSampleAsync(host, http, gcdump);
            var clientConnected = Environment.WorkingSet;
            Console.WriteLine($"  {clients} connected and joined in {connectSeconds:F1} s; voting for {seconds} s, then idle for 10 s");


            // One ballot per second; voter i % voters on poll i / voters.
            var ballots = new List<(int Poll, int Total, long Sent, long Returned)>();
            host.Refresh();
            var cpuServer = host.TotalProcessorTime;
            var cpuClient = Process.GetCurrentProcess().TotalProcessorTime;
            var voting = Stopwatch.StartNew();
            using (var timer = new PeriodicTimer(TimeSpan.FromSeconds(1)))
            {
                for (var i = 0; i < seconds; i++)
                {
                    var poll = i / voters;
                    var sent = Stopwatch.GetTimestamp();
                    var view = await BenchHost.ReadAsync(await voterClients[i % voters].PostAsJsonAsync($"/api/polls/{polls[poll].Id}/votes",
                        new { optionIds = new[] { polls[poll].Options[i % 2] } }));
                    ballots.Add((poll, view.GetProperty("totalVotes").GetInt32(), sent, Stopwatch.GetTimestamp()));
                    if (i < seconds - 1) await timer.WaitForNextTickAsync();
                }
            }
            var votingSeconds = voting.Elapsed.TotalSeconds;
            host.Refresh();
            var serverCores = (host.TotalProcessorTime - cpuServer).TotalSeconds / votingSeconds;
            var clientCores = (Process.GetCurrentProcess().TotalProcessorTime - cpuClient).TotalSeconds / votingSeconds;

            // Wait (at most 30 s) until every client has the last ballot, or gave up on it.
            var last = ballots[^1];
            var drain = Stopwatch.StartNew();
            while (drain.Elapsed < TimeSpan.FromSeconds(30) && !logs.All(log => Has(log, last.Poll, last.Total))) await Task.Delay(50);
            // What K idle connections cost (keep-alive pings both ways), to tell the pushes' own cost apart; measured after the
            // voting, when the host has compiled what it runs, and before the dump below (its full GC is the host's work too).
            host.Refresh();
            var cpuIdleStart = host.TotalProcessorTime;
            var idle = Stopwatch.StartNew();
            await Task.Delay(TimeSpan.FromSeconds(10));
            host.Refresh();
            var idleCores = (host.TotalProcessorTime - cpuIdleStart).TotalSeconds / idle.Elapsed.TotalSeconds;
            var atEnd = await ServerSampleAsync(host, http, gcdump);

            // Per ballot: when each client first had a push counting it.
            var allClients = new List<double>();
            var firstClient = new List<double>();
            var deliveries = new List<double>();
            var missed = 0;
            foreach (var ballot in ballots)
            {
                double? slowest = null, fastest = null;
                foreach (var log in logs)
                {
                    long? at = null;
                    lock (log)
                        foreach (var push in log)
                            if (push.Poll == ballot.Poll && push.Total >= ballot.Total) { at = push.At; break; }
                    if (at is not { } received) { missed++; continue; }
                    var ms = Stopwatch.GetElapsedTime(ballot.Returned, received).TotalMilliseconds;
                    deliveries.Add(ms);
                    slowest = Math.Max(slowest ?? double.MinValue, ms);
                    fastest = Math.Min(fastest ?? double.MaxValue, ms);
                }
                if (slowest is { } s) allClients.Add(s);
                if (fastest is { } f) firstClient.Add(f);
            }
            var updates = logs.Select(log => { lock (log) return log.Count; }).ToList();
            var postMs = ballots.Select(b => Stopwatch.GetElapsedTime(b.Sent, b.Returned).TotalMilliseconds).ToList();
            var added = clients - warm;
            // Each ballot was one push to every client (they came a second apart); what one push to K clients cost the
            // server beyond idling, ballot included, and what that makes of a sustained burst, at one push per interval.
            var pushes = updates.Average();
            var coreSecondsPerPush = Math.Max(0, (serverCores - idleCores) * votingSeconds / pushes);

            return new
            {
                clients,
                accounts,
                connectionsPerAccount = Round((double)clients / accounts),
                voters,
                seconds,
                ballots = ballots.Count,
                polls = polls.Count,
                transport = "WebSockets (negotiation skipped), bearer token as access_token; clients in the bench process, host in its own",
                // Runtime settings the host inherited from this process (e.g. DOTNET_gcServer=0 to try workstation GC); none: the defaults.
                hostRuntimeSettings = RuntimeSettings(),
                connect = new { seconds = Round(connectSeconds), perSecond = Round(clients / connectSeconds), serverCores = Round(cpuConnecting), closedDuringRun = closed },
                voteToAllClientsMs = Percentiles(allClients),
                voteToFirstClientMs = Percentiles(firstClient),
                voteToEachClientMs = Percentiles(deliveries),
                ballotPostMs = Percentiles(postMs),
                missedDeliveries = missed,
                updatesPerClient = new { min = updates.Min(), mean = Round(updates.Average()), max = updates.Max() },
                server = new
                {
                    workingSetMb = new { warmedUp = Mb(before.WorkingSet), connected = Mb(connected.WorkingSet), atEnd = Mb(atEnd.WorkingSet) },
                    bytesPerConnection = Round((double)(connected.WorkingSet - before.WorkingSet) / added),
                    bytesPerConnectionAtEnd = Round((double)(atEnd.WorkingSet - before.WorkingSet) / added),
                    gcHeapAfterLastCollectionMb = new { warmedUp = Mb(before.GcHeap), connected = Mb(connected.GcHeap), atEnd = Mb(atEnd.GcHeap) },
                    kestrelPooledMb = new { warmedUp = Mb(before.KestrelPool), connected = Mb(connected.KestrelPool), atEnd = Mb(atEnd.KestrelPool) },
                    liveHeapMb = gcdump is null ? null : new
                    {
                        warmedUp = Mb(before.LiveObjects), connected = Mb(connected.LiveObjects), atEnd = Mb(atEnd.LiveObjects),
                        how = "dotnet-gcdump after the full GC it induces: bytes of live objects",
                    },
                    liveBytesPerConnection = gcdump is null ? (double?)null : Round((double)(connected.LiveObjects - before.LiveObjects) / added),
                    // With dotnet-gcdump the last collection is the full one it induced: the heap then, fragmentation included.
                    heapBytesPerConnection = Round((double)(connected.GcHeap - before.GcHeap) / added),
                    cpuCoresIdleConnected = Round(idleCores),
                    cpuCoresWhileVoting = Round(serverCores),
                    cpuMsPerPushToAllClients = Round(coreSecondsPerPush * 1000),
                    sustainedBurstCoresEstimate = new
                    {
                        interval250ms = Round(idleCores + coreSecondsPerPush * 4),
                        interval100ms = Round(idleCores + coreSecondsPerPush * 10),
                        interval50ms = Round(idleCores + coreSecondsPerPush * 20),
                        how = "idle cores + cpuMsPerPushToAllClients x pushes per second; the ballots of a burst cost extra",
                    },
                },
                clientProcess = new { bytesPerConnection = Round((double)(clientConnected - clientBefore) / added), cpuCoresWhileVoting = Round(clientCores) },
                coalescerIntervalMs = 250,
                targets = "voteToAllClientsMs.p95 < 250 at 5,000 clients; server bytesPerConnection < 20 KB",
                machine = Machine(),
                // The 1-minute load average of the machine (other work on it included) when the run started and ended.
                loadAverage = new[] { loadAtStart, LoadAverage() },
                date = DateTimeOffset.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            };

            async Task ConnectAsync(int from, int to) =>
                await Parallel.ForAsync(from, to, new ParallelOptions { MaxDegreeOfParallelism = 32 }, async (i, ct) =>
                {
                    var token = tokens[i % accounts];
                    var connection = new HubConnectionBuilder()
                        .WithUrl($"{baseUrl}/hubs/live", HttpTransportType.WebSockets, o =>
                        {
                            o.SkipNegotiation = true;
                            o.AccessTokenProvider = () => Task.FromResult<string?>(token);
                        })
                        .Build();
                    var log = logs[i];
                    connection.On<Guid, PushedResults>(PushMessage, (pollId, results) =>
                    {
                        var at = Stopwatch.GetTimestamp();
                        lock (log) log.Add((pollIndex.GetValueOrDefault(pollId, -1), results.TotalVotes, at));
                    });
                    connection.Closed += _ =>
                    {
                        Interlocked.Increment(ref closed);
                        return Task.CompletedTask;
                    };
                    await connection.StartAsync(ct);
                    await connection.InvokeAsync<JsonElement>("JoinEvent", seed.EventId, ct);
                    lock (connections) connections.Add(connection);
                });
        }
        finally
        {
            await Task.WhenAll(connections.Select(c => c.DisposeAsync().AsTask()));
            host.Kill(entireProcessTree: true);
            await host.WaitForExitAsync();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static bool Has(List<(int Poll, int Total, long At)> log, int poll, int total)
    {
        lock (log) return log.Any(p => p.Poll == poll && p.Total >= total);
    }

    private sealed record Seeded(string OwnerEmail, Guid EventId, IReadOnlyList<string> HolderEmails);

    /// <summary>The owner with an organization (Business), a published event with a free ticket type, and the holders' confirmed orders.</summary>
    private static async Task<Seeded> SeedAsync(string folder, int holders)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:EventFly"] = $"Data Source={Path.Combine(folder, "eventfly.db")}",
        }).Build();
        await using (var provider = new ServiceCollection().AddLogging().AddSingleton(TimeProvider.System)
            .AddEventFlyServices(configuration, folder).BuildServiceProvider())
        await using (var scope = provider.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<IDatabaseMigrator>().MigrateAsync(default);
            var db = scope.ServiceProvider.GetRequiredService<EventFlyDbContext>();
            var now = DateTimeOffset.UtcNow;
            // One hash for everyone (its salt is inside it): the host checks the password as for any account.
            var hash = new PasswordHasher<AppUser>().HashPassword(AppUser.Create("any@bench.eventfly.dev"), Password);
            AppUser Account(string email, string name)
            {
                var user = AppUser.Create(email);
                user.Id = Guid.NewGuid();
                user.NormalizedEmail = user.NormalizedUserName = email.ToUpperInvariant();
                user.SecurityStamp = Guid.NewGuid().ToString("N");
                user.EmailConfirmed = true;
                user.PasswordHash = hash;
                user.ApplyProfile(ParticipantProfile.Create(name, null, null, null, null));
                return user;
            }

            var owner = Account("owner@bench.eventfly.dev", "Owner");
            var organization = Organization.Create("Fan-out", owner.Id, now);
            organization.ChangePackage(Package.Find("business"), subscriptionId: null);
            var starts = now.AddHours(1);
            var e = Event.Create(organization.Id, new EventDetails("Keynote", "Everyone at once.", EventCategories.All[0], [], starts, starts.AddHours(3),
                "Europe/Berlin", new Venue("Arena", null, "Berlin", 52.5, 13.4), null, EventVisibility.Public), now);
            e.Publish(now);
            e.ClearDomainEvents();
            var type = TicketType.Create(e.Id, new TicketTypeDetails("Standing", null, Money.Zero("EUR"), holders, null, null, 1, 10, null, false, null), now);
            db.AddRange(owner, organization, e, type);
            await db.SaveChangesAsync();

            var emails = new List<string>(holders);
            for (var batch = 0; batch < holders; batch += 1_000)
            {
                for (var i = batch; i < Math.Min(holders, batch + 1_000); i++)
                {
                    var holder = Account($"holder{i}@bench.eventfly.dev", $"Holder {i}");
                    emails.Add(holder.Email!);
                    db.Add(holder);
                    db.Add(Order.Place(e.Id, holder.Id, [(type, 1)], now, TimeSpan.FromMinutes(15)));
                }
                await db.SaveChangesAsync();
                db.ChangeTracker.Clear();
            }
            SqliteConnection.ClearAllPools();
            return new Seeded(owner.Email!, e.Id, emails);
        }
    }

    private static async Task<string> TokenAsync(HttpClient http, string email)
    {
        var login = await BenchHost.ReadAsync(await http.PostAsJsonAsync("/api/auth/login", new { email, password = Password }));
        return login.GetProperty("accessToken").GetString()!;
    }

    private static async Task<HttpClient> SignedInAsync(string baseUrl, string email)
    {
        var client = new HttpClient { BaseAddress = new Uri(baseUrl), Timeout = TimeSpan.FromMinutes(2) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(client, email));
        return client;
    }

    /// <summary>
    /// The host's resident memory (its working set, read from the process); with <c>dotnet-gcdump</c> at hand, the bytes
    /// of live objects after the full GC it induces; from the host's /metrics, the GC heaps as the last collection left them
    /// and the bytes Kestrel's memory pool holds.
    /// </summary>
    private static async Task<(long WorkingSet, long GcHeap, long KestrelPool, long LiveObjects)> ServerSampleAsync(Process host, HttpClient http, string? gcdump)
    {
        host.Refresh();
        var workingSet = host.WorkingSet64;
        var live = gcdump is null ? 0 : await LiveObjectBytesAsync(gcdump, host.Id);
        var metrics = await http.GetStringAsync("/metrics");
        long Sum(string name) => (long)metrics.Split('\n')
            .Where(line => line.StartsWith(name + "{", StringComparison.Ordinal) || line.StartsWith(name + " ", StringComparison.Ordinal))
            .Sum(line => double.Parse(line[(line.LastIndexOf(' ') + 1)..], CultureInfo.InvariantCulture));
        return (workingSet, Sum("dotnet_gc_last_collection_heap_size_bytes"), Sum("aspnetcore_memory_pool_pooled_bytes"), live);
    }

    /// <summary><c>dotnet-gcdump</c> on the PATH, in ~/.dotnet/tools or named by DOTNET_GCDUMP (install: dotnet tool install -g dotnet-gcdump); null without.</summary>
    private static string? GcDumpTool() =>
        new[] { Environment.GetEnvironmentVariable("DOTNET_GCDUMP") }
            .Concat((Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator).Select(folder => Path.Combine(folder, "dotnet-gcdump")))
            .Append(Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".dotnet", "tools", "dotnet-gcdump"))
            .FirstOrDefault(path => !string.IsNullOrEmpty(path) && File.Exists(path));

    private static async Task<long> LiveObjectBytesAsync(string gcdump, int pid)
    {
        var file = Path.Combine(Path.GetTempPath(), $"eventfly-fanout-{Guid.NewGuid():N}.gcdump");
        try
        {
            await RunAsync(gcdump, "collect", "-p", pid.ToString(CultureInfo.InvariantCulture), "-o", file);
            // The report opens with "  <bytes>  GC Heap bytes".
            var report = await RunAsync(gcdump, "report", file);
            var line = report.Split('\n').First(l => l.Contains("GC Heap bytes", StringComparison.Ordinal));
            return long.Parse(line.Trim().Split(' ')[0], NumberStyles.AllowThousands, CultureInfo.InvariantCulture);
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static async Task<string> RunAsync(string executable, params string[] arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(executable, arguments) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false })!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0) throw new InvalidOperationException($"{executable} {string.Join(' ', arguments)}: {await errors}");
        return await output;
    }

    private static object Percentiles(List<double> values)
    {
        if (values.Count == 0) return new { count = 0 };
        var sorted = values.Order().ToList();
        double At(double q) => Round(sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(q * sorted.Count) - 1)]);
        return new { count = sorted.Count, p50 = At(0.50), p95 = At(0.95), p99 = At(0.99), max = Round(sorted[^1]) };
    }

    private static string Machine()
    {
        var memory = File.Exists("/proc/meminfo")
            ? File.ReadLines("/proc/meminfo").FirstOrDefault(l => l.StartsWith("MemTotal:", StringComparison.Ordinal))?.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]
            : null;
        var gib = memory is null ? "" : $", {Math.Round(long.Parse(memory, CultureInfo.InvariantCulture) / 1024.0 / 1024.0)} GiB";
        return $"{Environment.ProcessorCount} cores{gib}, {Environment.OSVersion}, .NET {Environment.Version}; host and clients share the cores";
    }

    private static string RuntimeSettings() =>
        string.Join(' ', Environment.GetEnvironmentVariables().Keys.Cast<string>().Where(k => k.StartsWith("DOTNET_gc", StringComparison.OrdinalIgnoreCase)
            || k.StartsWith("DOTNET_GC", StringComparison.Ordinal)).Order().Select(k => $"{k}={Environment.GetEnvironmentVariable(k)}"));

    private static double? LoadAverage() =>
        File.Exists("/proc/loadavg") ? double.Parse(File.ReadAllText("/proc/loadavg").Split(' ')[0], CultureInfo.InvariantCulture) : null;

    private static double Mb(long bytes) => Round(bytes / 1024.0 / 1024.0);

    private static double Round(double value) => Math.Round(value, 2);

    private sealed record PushedResults(int TotalVotes);
}
