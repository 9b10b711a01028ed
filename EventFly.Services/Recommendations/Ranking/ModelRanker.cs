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
