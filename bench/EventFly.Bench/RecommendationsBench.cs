using System.Diagnostics;
using EventFly.Services.Recommendations.Ranking;

namespace EventFly.Bench;

/// <summary>
/// Issue 16's evaluation harness. A <see cref="RecommendationWorld"/> (fixed seed) is split at a cut time: interactions
/// before it are the histories the model trains on (and the popularity and co-bookings everyone sees); orders placed
/// after it for events starting after it are the held-out truth; the candidates are the events starting after it,
/// less what the person booked or dismissed before it. Four rankers each give every measured person a top 10:
/// popularity, the seed's TF-IDF + distance formula, the cold-start blend and the trained model; reported are
/// precision, recall and NDCG at 10 (averaged over people) and coverage (the share of the candidates in anyone's top
/// 10). Then the latency of one ranking over 10,000 upcoming events (model and cold start) and the training time.
/// Writes bench/results/recommendations.json.
/// </summary>
internal static class RecommendationsBench
{
    private const int Seed = 16;
    private const int K = 10;

    public static async Task RunAsync(string[] args)
    {
        var userCount = args.IntAt(0, 50_000);
        var eventCount = args.IntAt(1, 40_000);
        var interactionCount = args.IntAt(2, 1_250_000);
        var measuredUsers = args.IntAt(3, 2_000);
        var latencyRuns = args.IntAt(4, 200);

        var watch = Stopwatch.StartNew();
        var world = RecommendationWorld.Generate(userCount, eventCount, interactionCount, Seed);
        var generated = watch.Elapsed;
        Console.WriteLine($"world: {world.People.Count} people, {world.Events.Count} events, {world.InteractionCount} interactions in {generated.TotalSeconds:F1} s");

        var cut = world.Cut;
        var histories = world.People.Select(p => p.User with { History = [.. p.All.Where(h => h.At < cut)] }).ToList();
        var truths = world.People.Select(p => p.All.Where(h => h.Kind == InteractionKind.Order && h.At >= cut && h.Event.StartsAt > cut)
            .Select(h => h.Event.Id).ToHashSet()).ToList();
        var context = new RankingContext(cut, CoBookings(histories, cut));
        var upcoming = world.Events.Where(e => e.StartsAt > cut).OrderBy(e => e.StartsAt).ToList();

        // Training: everyone with a history, on the events that had started by the cut and those anyone interacted with.
        var learners = histories.Where(u => u.History.Count > 0).ToList();
        var known = world.Events.Where(e => e.StartsAt <= cut).Concat(learners.SelectMany(u => u.History.Select(h => h.Event))).DistinctBy(e => e.Id).ToList();
        watch.Restart();
        var trained = new RankingTrainer().Train(learners, known, context);
        var trainingTime = watch.Elapsed;
        Console.WriteLine($"trained on {trained.Metrics.TrainingInteractions} interactions ({trained.Metrics.TrainingRows} rows) in {trainingTime.TotalSeconds:F1} s");

        // The measured people: a fixed sample of those with a held-out booking.
        var random = new Random(Seed);
        var measured = Enumerable.Range(0, histories.Count).Where(i => truths[i].Count > 0).OrderBy(_ => random.Next()).Take(measuredUsers).ToList();
        IEventRanker[] rankers = [new PopularityRanker(), new SeedFormulaRanker(upcoming), new ColdStartRanker(), trained.Ranker];
        var results = new Dictionary<string, object>();
        foreach (var ranker in rankers)
        {
            watch.Restart();
            var perPerson = measured.Select(i => (Person: i, Metrics: Measure(ranker, histories[i], truths[i], upcoming, context))).ToList();
            var quality = Mean(perPerson.Select(p => p.Metrics), upcoming.Count);
            var withHistory = Mean(perPerson.Where(p => histories[p.Person].History.Count > 0).Select(p => p.Metrics), upcoming.Count);
            Console.WriteLine($"{ranker.Name}: NDCG@10 {quality.Ndcg:F4} P@10 {quality.Precision:F4} R@10 {quality.Recall:F4} coverage {quality.Coverage:F4} ({watch.Elapsed.TotalSeconds:F0} s)");
            results[Key(ranker)] = new { ndcg10 = quality.Ndcg, precision10 = quality.Precision, recall10 = quality.Recall, coverage10 = quality.Coverage,
                withHistory = new { people = withHistory.People, ndcg10 = withHistory.Ndcg, precision10 = withHistory.Precision, recall10 = withHistory.Recall } };
        }

        // Latency: one person, 10,000 upcoming events (or all there are), top 10.
        var tenThousand = upcoming.Take(10_000).ToList();
        var askers = measured.Where(i => histories[i].History.Count > 0).Select(i => histories[i]).Take(latencyRuns).ToList();
        var model = Latency(trained.Ranker, askers, tenThousand, context);
        var coldStart = Latency(new ColdStartRanker(), askers, tenThousand, context);
        Console.WriteLine($"latency over {tenThousand.Count} candidates, p50 / p95: model {model.P50} / {model.P95} ms, cold start {coldStart.P50} / {coldStart.P95} ms");

        var modelNdcg = Ndcg(results, "model");
        await BenchResults.WriteAsync("recommendations", new
        {
            benchmark = "recommendations",
            machine = $"{Environment.ProcessorCount} cores, {Environment.OSVersion}",
            seed = Seed,
            world = new
            {
                people = world.People.Count, events = world.Events.Count, interactions = world.InteractionCount, generatorSeconds = Math.Round(generated.TotalSeconds, 1),
                cut, upcomingEvents = upcoming.Count, peopleWithHistory = learners.Count,
                heldOutBookings = truths.Sum(t => t.Count), measuredPeople = measured.Count,
            },
            training = new
            {
                interactions = trained.Metrics.TrainingInteractions, people = trained.Metrics.TrainingUsers, rows = trained.Metrics.TrainingRows,
                seconds = Math.Round(trainingTime.TotalSeconds, 1),
                heldOutPeopleNdcg10 = Math.Round(trained.Metrics.Ndcg10, 4),
            },
            atTen = results,
            targets = new
            {
                modelOverPopularityNdcg = Math.Round(modelNdcg / Ndcg(results, "popularity"), 2),
                modelOverSeedNdcg = Math.Round(modelNdcg / Ndcg(results, "seed"), 2),
                trainingUnder120s = trainingTime.TotalSeconds < 120,
            },
            latencyMsP50P95 = new { candidates = tenThousand.Count, runs = askers.Count, model = new[] { model.P50, model.P95 }, coldStart = new[] { coldStart.P50, coldStart.P95 } },
        });
    }

    private static string Key(IEventRanker ranker) => ranker switch
    {
        PopularityRanker => "popularity",
        SeedFormulaRanker => "seed",
        ColdStartRanker => "coldStart",
        _ => "model",
    };

    private static double Ndcg(Dictionary<string, object> results, string key) => (double)results[key].GetType().GetProperty("ndcg10")!.GetValue(results[key])!;

    /// <summary>One person's precision, recall and NDCG at 10 and what they were shown; null when none of their bookings is a candidate.</summary>
    private static (double Ndcg, double Precision, double Recall, IReadOnlyList<Guid> Shown)? Measure(IEventRanker ranker, RankingUser user,
        HashSet<Guid> booked, IReadOnlyList<CandidateEvent> catalog, RankingContext context)
    {
        var excluded = user.History.Where(h => h.Kind is InteractionKind.Order or InteractionKind.Dismissal).Select(h => h.Event.Id).ToHashSet();
        var candidates = catalog.Where(c => !excluded.Contains(c.Id)).ToList();
        var relevant = candidates.Where(c => booked.Contains(c.Id)).Select(c => c.Id).ToHashSet();
        if (relevant.Count == 0) return null;
        var top = ranker.Rank(user, candidates, context, K).Select(r => r.Event.Id).ToList();
        var m = RankingMetrics.OfTop(K, top, relevant);
        return (m.Ndcg, m.Precision, m.Recall, top);
    }

    /// <summary>The means over the people measured, and coverage of the <paramref name="catalogSize"/> candidates.</summary>
    private static (int People, double Ndcg, double Precision, double Recall, double Coverage) Mean(
        IEnumerable<(double Ndcg, double Precision, double Recall, IReadOnlyList<Guid> Shown)?> people, int catalogSize)
    {
        var measured = people.OfType<(double Ndcg, double Precision, double Recall, IReadOnlyList<Guid> Shown)>().ToList();
        if (measured.Count == 0) return (0, 0, 0, 0, 0);
        return (measured.Count, Math.Round(measured.Average(p => p.Ndcg), 4), Math.Round(measured.Average(p => p.Precision), 4),
            Math.Round(measured.Average(p => p.Recall), 4), Math.Round(RankingMetrics.Coverage(measured.Select(p => p.Shown), catalogSize), 4));
    }

    /// <summary>Events booked by the same people before the cut (a person's last 50 bookings of the year, as the service counts them).</summary>
    private static Dictionary<Guid, IReadOnlyDictionary<Guid, int>> CoBookings(IEnumerable<RankingUser> users, DateTimeOffset cut)
    {
        var together = new Dictionary<Guid, Dictionary<Guid, int>>();
        foreach (var user in users)
        {
            var booked = user.History.Where(h => h.Kind == InteractionKind.Order && h.At >= cut.AddDays(-365)).OrderByDescending(h => h.At).Take(50)
                .Select(h => h.Event.Id).ToList();
            foreach (var a in booked)
                foreach (var b in booked.Where(b => b != a))
                {
                    var row = together.TryGetValue(a, out var found) ? found : together[a] = [];
                    row[b] = row.GetValueOrDefault(b) + 1;
                }
        }
        return together.ToDictionary(p => p.Key, p => (IReadOnlyDictionary<Guid, int>)p.Value);
    }

    private static (double P50, double P95) Latency(IEventRanker ranker, List<RankingUser> users, List<CandidateEvent> candidates, RankingContext context)
    {
        foreach (var user in users.Take(10)) ranker.Rank(user, candidates, context, K);
        var times = new List<double>();
        foreach (var user in users)
        {
            var watch = Stopwatch.StartNew();
            ranker.Rank(user, candidates, context, K);
            times.Add(watch.Elapsed.TotalMilliseconds);
        }
        times.Sort();
        return times.Count == 0 ? (0, 0) : (Math.Round(times[times.Count / 2], 2), Math.Round(times[Math.Min(times.Count - 1, (int)(times.Count * 0.95))], 2));
    }
}
