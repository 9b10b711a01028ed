using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace EventFly.Services.Recommendations.Ranking;

/// <summary>One row of the model: the features, the graded relevance (training only) and the person as the query group.</summary>
internal sealed class RankingRow
{
    [VectorType(RankingFeatures.Count)]
    public float[] Features { get; set; } = [];

    public float Label { get; set; }

    public uint Group { get; set; }
}

internal sealed class RankingScore
{
    public float Score { get; set; }
}

/// <summary>
/// Ranks with a trained ML.NET model. A PredictionEngine serves one thread at a time, so each ranking rents one from a
/// pool (engines are cheap to keep, costly to create) and scores every candidate with it: one engine per concurrent request.
/// </summary>
internal sealed class ModelRanker(MLContext ml, ITransformer model, string name) : IEventRanker
{
    private readonly ConcurrentBag<PredictionEngine<RankingRow, RankingScore>> _engines = [];

    public string Name => name;

    public ITransformer Model => model;

    public IReadOnlyList<RankedEvent> Rank(RankingUser user, IReadOnlyList<CandidateEvent> candidates, RankingContext context, int limit)
    {
        if (candidates.Count == 0 || limit <= 0) return [];
        var features = new FeatureExtractor(user, context);
        var engine = _engines.TryTake(out var pooled) ? pooled : ml.Model.CreatePredictionEngine<RankingRow, RankingScore>(model);
        try
        {
            var row = new RankingRow();
            var scored = new List<(CandidateEvent Event, RankingFeatures Features, float Score)>(candidates.Count);
            foreach (var c in candidates)
            {
                var f = features.Compute(c);
                row.Features = f.Vector;
                scored.Add((c, f, engine.Predict(row).Score));
            }
            return [.. scored.OrderByDescending(s => s.Score).ThenBy(s => s.Event.StartsAt).Take(limit)
                .Select(s => new RankedEvent(s.Event, s.Score, s.Features.Reasons()))];
        }
        finally
        {
            _engines.Add(engine);
        }
    }
}

/// <summary>
/// Trains the ranking model: ML.NET's FastTree LambdaMART (100 trees of 20 leaves), one query group per person, whose
/// rows are the events they interacted with (graded: view 1, checkout 2, order 3, check-in or a rating of 4+ 4; a
/// dismissal or poor rating 0) and events they passed over (0, sampled). Each row's features come from the person's
/// history without that event. A fifth of the people (fixed seed) are held out to measure NDCG, precision and recall at 10.
/// </summary>
internal sealed class RankingTrainer : IRankingTrainer
{
    private const int NegativesPerPositive = 3;
    private const int MinNegatives = 10;
    private const int Seed = 16;

    private readonly MLContext _ml = new(Seed);

    public TrainedModel Train(IReadOnlyList<RankingUser> users, IReadOnlyList<CandidateEvent> events, RankingContext context)
    {
        var watch = Stopwatch.StartNew();
        var random = new Random(Seed);
        var train = new List<RankingRow>();
        var test = new List<List<(RankingRow Row, CandidateEvent Event)>>();
        var interactions = 0;
        uint group = 0;
        foreach (var user in users)
        {
            interactions += user.History.Count;
            var rows = RowsOf(user, events, context, random, ++group);
            if (rows.Count == 0 || rows.All(r => r.Row.Label == 0)) continue;
            if (random.NextDouble() < 0.2) test.Add(rows);
            else train.AddRange(rows.Select(r => r.Row));
        }
        if (train.Count == 0) throw new InvalidOperationException("Nothing to learn from: no one with an interaction.");

        var pipeline = _ml.Transforms.Conversion.MapValueToKey("GroupKey", nameof(RankingRow.Group))
            .Append(_ml.Ranking.Trainers.FastTree(new Microsoft.ML.Trainers.FastTree.FastTreeRankingTrainer.Options
            {
                LabelColumnName = nameof(RankingRow.Label), FeatureColumnName = nameof(RankingRow.Features), RowGroupColumnName = "GroupKey",
                NumberOfTrees = 100, NumberOfLeaves = 20, MinimumExampleCountPerLeaf = 5,
            }));
        var model = pipeline.Fit(_ml.Data.LoadFromEnumerable(train));
        var ranker = new ModelRanker(_ml, model, "model");
        var (ndcg, precision, recall) = Evaluate(ranker, test);
        var metrics = new ModelMetrics(users.Count, interactions, train.Count, ndcg, precision, recall, watch.Elapsed);
        return new TrainedModel(ranker, metrics, stream => _ml.Model.Save(model, _ml.Data.LoadFromEnumerable(train.Take(1)).Schema, stream));
    }

    public IEventRanker Load(Stream stream, string name)
    {
        try
        {
            return new ModelRanker(_ml, _ml.Model.Load(stream, out _), name);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException and not InvalidDataException)
        {
            throw new InvalidDataException("The file is not a recommendation model.", ex);
        }
    }

    /// <summary>The person's query group: what they did (graded) and what they passed over, each scored against the rest of their history.</summary>
    private static List<(RankingRow Row, CandidateEvent Event)> RowsOf(RankingUser user, IReadOnlyList<CandidateEvent> events, RankingContext context,
        Random random, uint group)
    {
        var grades = user.History.GroupBy(h => h.Event.Id).ToDictionary(g => g.Key, g => (Event: g.First().Event, Grade: g.Max(Grade)));
        var rows = new List<(RankingRow, CandidateEvent)>();
        foreach (var (id, (ev, grade)) in grades)
        {
            var without = user with { History = [.. user.History.Where(h => h.Event.Id != id)] };
            rows.Add((new RankingRow { Features = new FeatureExtractor(without, context with { Now = Before(ev) }).Compute(ev).Vector, Label = grade, Group = group }, ev));
        }
        var extractor = new FeatureExtractor(user, context);
        var wanted = Math.Max(MinNegatives, grades.Count * NegativesPerPositive);
        for (var tries = 0; tries < wanted * 3 && rows.Count < grades.Count + wanted && events.Count > 0; tries++)
        {
            var ev = events[random.Next(events.Count)];
            if (grades.ContainsKey(ev.Id) || rows.Any(r => r.Item2.Id == ev.Id)) continue;
            rows.Add((new RankingRow { Features = extractor.Compute(ev).Vector, Label = 0, Group = group }, ev));
        }
        return rows;
    }

    /// <summary>Features as they were a week before the event (what the person saw when deciding), never after it.</summary>
    private static DateTimeOffset Before(CandidateEvent e) => e.StartsAt.AddDays(-7);

    private static int Grade(UserInteraction h) => h.Kind switch
    {
        InteractionKind.PageView => 1,
        InteractionKind.CheckoutStarted => 2,
        InteractionKind.Order => 3,
        InteractionKind.CheckIn => 4,
        InteractionKind.Rating => h.Rating >= 4 ? 4 : 0,
        _ => 0,
    };

    /// <summary>Ranks each held-out person's rows by the model's score; relevant = graded 3 or more (booked).</summary>
    private static (double Ndcg, double Precision, double Recall) Evaluate(ModelRanker ranker, List<List<(RankingRow Row, CandidateEvent Event)>> groups)
    {
        if (groups.Count == 0) return (0, 0, 0);
        var engine = new MLContext(Seed).Model.CreatePredictionEngine<RankingRow, RankingScore>(ranker.Model);
        double ndcg = 0, precision = 0, recall = 0;
        var measured = 0;
        foreach (var rows in groups)
        {
            var relevant = rows.Count(r => r.Row.Label >= 3);
            if (relevant == 0) continue;
            measured++;
            var ranked = rows.OrderByDescending(r => engine.Predict(r.Row).Score).Select(r => r.Row.Label).ToList();
            var m = RankingMetrics.At(10, ranked, relevant);
            (ndcg, precision, recall) = (ndcg + m.Ndcg, precision + m.Precision, recall + m.Recall);
        }
        return measured == 0 ? (0, 0, 0) : (ndcg / measured, precision / measured, recall / measured);
    }
}

/// <summary>Precision, recall and NDCG at k of one ranked list of graded labels (relevant: 3 or more; gain 2^label − 1).</summary>
internal static class RankingMetrics
{
    public static (double Ndcg, double Precision, double Recall) At(int k, IReadOnlyList<float> rankedLabels, int relevantTotal)
    {
        var top = rankedLabels.Take(k).ToList();
        var hits = top.Count(l => l >= 3);
        var dcg = top.Select((l, i) => (Math.Pow(2, l) - 1) / Math.Log2(i + 2)).Sum();
        var ideal = rankedLabels.OrderByDescending(l => l).Take(k).Select((l, i) => (Math.Pow(2, l) - 1) / Math.Log2(i + 2)).Sum();
        return (ideal == 0 ? 0 : dcg / ideal, (double)hits / k, relevantTotal == 0 ? 0 : (double)hits / relevantTotal);
    }
}
