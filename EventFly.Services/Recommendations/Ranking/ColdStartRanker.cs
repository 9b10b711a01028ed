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
        return [.. candidates.Select(c => (Event: c, Features: features.Compute(c)))
            .Select(x => new RankedEvent(x.Event, Score(x.Event, x.Features, maxPopularity), x.Features.Reasons()))
            .OrderByDescending(r => r.Score).ThenBy(r => r.Event.StartsAt).Take(limit)];
    }

    private static double Score(CandidateEvent e, RankingFeatures f, double maxPopularity)
    {
        var interest = Math.Max(f.InterestMatch, f.TextMatch);
        var closeness = e.IsOnline ? Math.Pow(0.5, OnlineAsKm / HalfDistanceKm) : f.DistanceKm is { } km ? Math.Pow(0.5, km / HalfDistanceKm) : 0;
        var popularity = maxPopularity == 0 ? 0 : Math.Log(1 + e.RecentOrders) / maxPopularity;
        return InterestWeight * interest + DistanceWeight * closeness + PopularityWeight * popularity;
    }
}
