namespace EventFly.Services.Recommendations.Ranking;

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
