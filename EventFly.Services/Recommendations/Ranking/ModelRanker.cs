using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers.FastTree;

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
/// Ranks with a trained ML.NET model. The FastTree ensemble is read out of the model once (<see cref="TreeScorer"/>)
/// and walked directly for every candidate: a PredictionEngine costs microseconds of plumbing per row, too much for
/// 10,000 candidates in 20 ms. A model without such an ensemble falls back to pooled PredictionEngines (one per
/// concurrent request: they serve one thread at a time and are costly to create).
/// </summary>
internal sealed class ModelRanker(MLContext ml, ITransformer model, string name) : IEventRanker
{
    private readonly ConcurrentBag<PredictionEngine<RankingRow, RankingScore>> _engines = [];
    private readonly TreeScorer? _trees = TreeScorer.TryFrom(model);

    public string Name => name;

    public ITransformer Model => model;

    /// <summary>Whether scoring walks the extracted trees (false: through a PredictionEngine).</summary>
    public bool ScoresDirectly => _trees is not null;

    public IReadOnlyList<RankedEvent> Rank(RankingUser user, IReadOnlyList<CandidateEvent> candidates, RankingContext context, int limit)
    {
        if (candidates.Count == 0 || limit <= 0) return [];
        var features = new FeatureExtractor(user, context);
        var scores = new double[candidates.Count];
        var vector = new float[RankingFeatures.Count];
        if (_trees is { } trees)
        {
            for (var i = 0; i < candidates.Count; i++)
            {
                features.Fill(candidates[i], vector);
                scores[i] = trees.Score(vector);
            }
        }
        else
        {
            var engine = _engines.TryTake(out var pooled) ? pooled : ml.Model.CreatePredictionEngine<RankingRow, RankingScore>(model);
            try
            {
                var row = new RankingRow { Features = vector };
                for (var i = 0; i < candidates.Count; i++)
                {
                    features.Fill(candidates[i], vector);
                    scores[i] = engine.Predict(row).Score;
                }
            }
            finally
            {
                _engines.Add(engine);
            }
        }
        return [.. TopScores.Of(candidates, scores, limit).Select(i => new RankedEvent(candidates[i], scores[i], features.Compute(candidates[i]).Reasons()))];
    }
}

/// <summary>The best few of many scored candidates.</summary>
internal static class TopScores
{
    /// <summary>The indexes of the <paramref name="limit"/> highest scores, best first (ties: the sooner event), without sorting them all.</summary>
    public static List<int> Of(IReadOnlyList<CandidateEvent> candidates, double[] scores, int limit)
    {
        var worstFirst = Comparer<int>.Create((a, b) =>
            scores[a] != scores[b] ? scores[a].CompareTo(scores[b]) : candidates[b].StartsAt.CompareTo(candidates[a].StartsAt));
        var top = new PriorityQueue<int, int>(worstFirst);
        for (var i = 0; i < scores.Length; i++)
        {
            if (top.Count < limit) top.Enqueue(i, i);
            else if (worstFirst.Compare(i, top.Peek()) > 0) top.DequeueEnqueue(i, i);
        }
        var best = new List<int>(top.Count);
        while (top.TryDequeue(out var i, out _)) best.Add(i);
        best.Reverse();
        return best;
    }
}

/// <summary>
/// A FastTree ensemble as one flat array of nodes: score = bias + Σ weight × the value of the leaf each tree sends the
/// features to (left when the feature is ≤ the node's threshold; a negative child is a leaf, ~index). Checked against
/// the PredictionEngine's scores in the tests.
/// </summary>
internal sealed class TreeScorer
{
    private readonly Node[] _nodes;
    private readonly double[] _leaves;
    private readonly int[] _roots;
    private readonly double _bias;

    private TreeScorer(Node[] nodes, double[] leaves, int[] roots, double bias) => (_nodes, _leaves, _roots, _bias) = (nodes, leaves, roots, bias);

    private readonly record struct Node(int Feature, float Threshold, int Left, int Right);

    /// <summary>The ensemble of the model's FastTree ranking step, or null when there is none (or it uses categorical splits).</summary>
    public static TreeScorer? TryFrom(ITransformer model)
    {
        var steps = model is IEnumerable<ITransformer> chain ? chain : [model];
        var parameters = steps.OfType<IPredictionTransformer<object>>().Select(t => t.Model).OfType<FastTreeRankingModelParameters>().LastOrDefault();
        if (parameters?.TrainedTreeEnsemble is not { } ensemble) return null;
        var nodes = new List<Node>();
        var leaves = new List<double>();
        var roots = new List<int>();
        for (var t = 0; t < ensemble.Trees.Count; t++)
        {
            var tree = ensemble.Trees[t];
            if (tree.CategoricalSplitFlags.Any(c => c)) return null;
            int nodeBase = nodes.Count, leafBase = leaves.Count;
            int Child(int child) => child >= 0 ? nodeBase + child : ~(leafBase + ~child);
            for (var n = 0; n < tree.NumberOfNodes; n++)
                nodes.Add(new Node(tree.NumericalSplitFeatureIndexes[n], tree.NumericalSplitThresholds[n], Child(tree.LeftChild[n]), Child(tree.RightChild[n])));
            leaves.AddRange(tree.LeafValues.Select(v => v * ensemble.TreeWeights[t]));
            roots.Add(tree.NumberOfNodes > 0 ? nodeBase : ~leafBase);
        }
        return new TreeScorer([.. nodes], [.. leaves], [.. roots], ensemble.Bias);
    }

    public double Score(ReadOnlySpan<float> features)
    {
        var score = _bias;
        var nodes = _nodes;
        foreach (var root in _roots)
        {
            var node = root;
            while (node >= 0)
            {
                ref readonly var n = ref nodes[node];
                node = features[n.Feature] <= n.Threshold ? n.Left : n.Right;
            }
            score += _leaves[~node];
        }
        return score;
    }
}

/// <summary>
/// Trains the ranking model: ML.NET's FastTree LambdaMART (100 trees of 20 leaves), one query group per person, whose
/// rows are the events they interacted with (graded: view 1, checkout 2, order 3, check-in or a rating of 4+ 4; a
/// dismissal or poor rating 0) and events they passed over (0, sampled), each as it looked a week before the event
/// (see <see cref="RowsOf"/>). A fifth of the people (fixed seed) are held out to measure NDCG, precision and recall at 10.
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
            .Append(_ml.Ranking.Trainers.FastTree(new FastTreeRankingTrainer.Options
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

    /// <summary>
    /// The person's query group: what they did (graded) and what they passed over, all as it looked a week before each
    /// event. An event they did something with is scored against the rest of their history, and an event they booked
    /// without their own booking in its popularity and co-bookings, so no row is told its own answer.
    /// </summary>
    private static List<(RankingRow Row, CandidateEvent Event)> RowsOf(RankingUser user, IReadOnlyList<CandidateEvent> events, RankingContext context,
        Random random, uint group)
    {
        var grades = user.History.GroupBy(h => h.Event.Id).ToDictionary(g => g.Key, g => (Event: g.First().Event, Grade: g.Max(Grade),
            Booked: g.Any(h => h.Kind == InteractionKind.Order)));
        var rows = new List<(RankingRow, CandidateEvent)>();
        foreach (var (id, (ev, grade, booked)) in grades)
        {
            var without = user with { History = [.. user.History.Where(h => h.Event.Id != id)] };
            rows.Add((new RankingRow { Features = new FeatureExtractor(without, context).Compute(ev, Before(ev), booked).Vector, Label = grade, Group = group }, ev));
        }
        var extractor = new FeatureExtractor(user, context);
        var wanted = Math.Max(MinNegatives, grades.Count * NegativesPerPositive);
        var passedOver = new HashSet<Guid>();
        for (var tries = 0; tries < wanted * 3 && passedOver.Count < wanted && events.Count > 0; tries++)
        {
            var ev = events[random.Next(events.Count)];
            if (grades.ContainsKey(ev.Id) || !passedOver.Add(ev.Id)) continue;
            rows.Add((new RankingRow { Features = extractor.Compute(ev, Before(ev), bookedByThisPerson: false).Vector, Label = 0, Group = group }, ev));
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
        var trees = TreeScorer.TryFrom(ranker.Model);
        var engine = trees is null ? new MLContext(Seed).Model.CreatePredictionEngine<RankingRow, RankingScore>(ranker.Model) : null;
        double ndcg = 0, precision = 0, recall = 0;
        var measured = 0;
        foreach (var rows in groups)
        {
            var relevant = rows.Count(r => r.Row.Label >= 3);
            if (relevant == 0) continue;
            measured++;
            var ranked = rows.OrderByDescending(r => trees?.Score(r.Row.Features) ?? engine!.Predict(r.Row).Score).Select(r => r.Row.Label).ToList();
            var m = RankingMetrics.At(10, ranked, relevant);
            (ndcg, precision, recall) = (ndcg + m.Ndcg, precision + m.Precision, recall + m.Recall);
        }
        return measured == 0 ? (0, 0, 0) : (ndcg / measured, precision / measured, recall / measured);
    }
}

/// <summary>Precision, recall and NDCG at k of one ranked list of graded labels (relevant: 3 or more; gain 2^label − 1), and coverage.</summary>
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

    /// <summary>
    /// The metrics of a top list of event ids against the held-out bookings (<paramref name="relevant"/>: those among
    /// the candidates): a booked event is label 3, and the bookings the list missed count in the ideal ranking (never
    /// in the top: a list shorter than k ends in misses).
    /// </summary>
    public static (double Ndcg, double Precision, double Recall) OfTop(int k, IReadOnlyList<Guid> top, IReadOnlySet<Guid> relevant)
    {
        var labels = top.Take(k).Select(id => relevant.Contains(id) ? 3f : 0f).ToList();
        var hits = labels.Count(l => l > 0);
        labels.AddRange(Enumerable.Repeat(0f, k - labels.Count));
        labels.AddRange(Enumerable.Repeat(3f, relevant.Count - hits));
        return At(k, labels, relevant.Count);
    }

    /// <summary>The share of the catalog's <paramref name="catalogSize"/> events shown in anyone's top list.</summary>
    public static double Coverage(IEnumerable<IEnumerable<Guid>> tops, int catalogSize) =>
        catalogSize == 0 ? 0 : (double)tops.SelectMany(t => t).Distinct().Count() / catalogSize;
}
