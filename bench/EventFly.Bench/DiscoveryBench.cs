using System.Diagnostics;
using EventFly.Domain.Events;
using EventFly.Domain.Organizations;
using EventFly.Services.Events.Contracts;
using EventFly.Services.Events.Configurations;
using EventFly.Services.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EventFly.Bench;

/// <summary>
/// Discovery: N published events spread over Europe in a SQLite file, then near-me and text searches through
/// IEventService, as the API runs them. Writes bench/results/discovery.json.
/// </summary>
internal static class DiscoveryBench
{
    public static async Task RunAsync(string[] args)
    {
        var eventCount = args.IntAt(0, 20_000);
        var queryCount = args.IntAt(1, 300);
        await using var services = new BenchServices();

        var random = new Random(42);
        var words = new[] { "jazz", "rock", "python", "dotnet", "food", "market", "yoga", "film", "startup", "design", "poetry", "chess" };
        var categories = EventCategories.All;
        var seed = Stopwatch.StartNew();
        await using (var scope = services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<IDatabaseMigrator>().MigrateAsync(default);
            var db = scope.ServiceProvider.GetRequiredService<EventFlyDbContext>();
            var now = DateTimeOffset.UtcNow;
            var organization = Organization.Create("Bench", Guid.NewGuid(), now);
            db.Add(organization);
            await db.SaveChangesAsync();
            for (var batch = 0; batch < eventCount; batch += 2_000)
            {
                for (var i = batch; i < Math.Min(eventCount, batch + 2_000); i++)
                {
                    var lat = 36 + random.NextDouble() * 24;
                    var lng = -10 + random.NextDouble() * 40;
                    var word = words[random.Next(words.Length)];
                    var starts = now.AddHours(random.Next(1, 24 * 90));
                    var e = Event.Create(organization.Id, new EventDetails($"{word} night {i}", $"All about {word}.", categories[random.Next(categories.Count)],
                        [word], starts, starts.AddHours(3), "Europe/Berlin", new Venue($"Venue {i}", null, $"City {i % 500}", lat, lng), null, EventVisibility.Public), now);
                    e.Publish(now);
                    e.ClearDomainEvents();
                    db.Add(e);
                    db.Entry(e).Property(EventConfiguration.SearchText).CurrentValue = $"{word} night {i} all about {word}.";
                }
                await db.SaveChangesAsync();
                db.ChangeTracker.Clear();
            }
        }
        seed.Stop();

        async Task<(double P50, double P95, double Mean, double AvgHits)> MeasureAsync(Func<int, EventSearch> search)
        {
            var times = new List<double>();
            long hits = 0;
            for (var i = -20; i < queryCount; i++)
            {
                await using var scope = services.CreateAsyncScope();
                var events = scope.ServiceProvider.GetRequiredService<IEventService>();
                var watch = Stopwatch.StartNew();
                var page = await events.SearchAsync(search(i), default);
                watch.Stop();
                if (i < 0) continue; // warm-up
                times.Add(watch.Elapsed.TotalMilliseconds);
                hits += page.Total;
            }
            times.Sort();
            return (Round(times[times.Count / 2]), Round(times[(int)(times.Count * 0.95)]), Round(times.Average()), Round((double)hits / queryCount));
        }

        static double Round(double value) => Math.Round(value, 2);
        EventSearch Near(double radius) => new(null, null, null, null, 36 + random.NextDouble() * 24, -10 + random.NextDouble() * 40, radius, "distance", 1, 20);

        var near25 = await MeasureAsync(_ => Near(25));
        var near100 = await MeasureAsync(_ => Near(100));
        var near500 = await MeasureAsync(_ => Near(500));
        var text = await MeasureAsync(_ => new EventSearch(words[random.Next(words.Length)], null, null, null, null, null, null, "date", 1, 20));
        var browse = await MeasureAsync(_ => new EventSearch(null, categories[random.Next(categories.Count)], null, null, null, null, null, "date", 1 + random.Next(5), 20));

        var result = new
        {
            benchmark = "discovery",
            machine = $"{Environment.ProcessorCount} cores, {Environment.OSVersion}",
            database = "SQLite file",
            events = eventCount,
            queriesPerCase = queryCount,
            seedSeconds = Round(seed.Elapsed.TotalSeconds),
            cases = new Dictionary<string, object>
            {
                ["nearMe25Km"] = new { p50Ms = near25.P50, p95Ms = near25.P95, meanMs = near25.Mean, avgMatches = near25.AvgHits },
                ["nearMe100Km"] = new { p50Ms = near100.P50, p95Ms = near100.P95, meanMs = near100.Mean, avgMatches = near100.AvgHits },
                ["nearMe500Km"] = new { p50Ms = near500.P50, p95Ms = near500.P95, meanMs = near500.Mean, avgMatches = near500.AvgHits },
                ["text"] = new { p50Ms = text.P50, p95Ms = text.P95, meanMs = text.Mean, avgMatches = text.AvgHits },
                ["categoryPage"] = new { p50Ms = browse.P50, p95Ms = browse.P95, meanMs = browse.Mean, avgMatches = browse.AvgHits },
            },
        };
        await BenchResults.WriteAsync("discovery", result);
    }
}
