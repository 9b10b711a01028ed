namespace EventFly.Services.Recommendations.Ranking;

/// <summary>
/// For people the model knows nothing about (and while there is no model): interests matched against the event's
/// category, tags and words (0.5), closeness (0.3, halving every 25 km; online events count as 20 km away) and recent
/// orders (0.2, log-scaled against the most popular candidate). Ties go to the sooner event.
/// </summary>
internal sealed class ColdStartRanker : IEventRanker
{
    private const double InterestWeight = 0.5;
    private const double DistanceWeight = 0.3;
    private const double PopularityWeight = 0.2;
    private const double HalfDistanceKm = 25;
    private const double OnlineAsKm = 20;

    public string Name => "cold-start";

    public IReadOnlyList<RankedEvent> Rank(RankingUser user, IReadOnlyList<CandidateEvent> candidates, RankingContext context, int limit)
    {
        if (candidates.Count == 0 || limit <= 0) return [];
        var features = new FeatureExtractor(user, context);
        var maxPopularity = Math.Log(1 + candidates.Max(c => c.RecentOrders));
        var scores = new double[candidates.Count];
        var vector = new float[RankingFeatures.Count];
        for (var i = 0; i < candidates.Count; i++)
        {
            var km = features.Fill(candidates[i], vector);
            scores[i] = Score(candidates[i], vector, km, maxPopularity);
        }
        return [.. TopScores.Of(candidates, scores, limit).Select(i => new RankedEvent(candidates[i], scores[i], features.Compute(candidates[i]).Reasons()))];
    }

    private static double Score(CandidateEvent e, float[] v, double? km, double maxPopularity)
    {
        var interest = Math.Max(v[0], v[14]);
        var closeness = e.IsOnline ? Math.Pow(0.5, OnlineAsKm / HalfDistanceKm) : km is { } d ? Math.Pow(0.5, d / HalfDistanceKm) : 0;
        var popularity = maxPopularity == 0 ? 0 : Math.Log(1 + e.RecentOrders) / maxPopularity;
        return InterestWeight * interest + DistanceWeight * closeness + PopularityWeight * popularity;
    }
}
