using System.Globalization;

namespace EventFly.Services.Recommendations.Ranking;

/// <summary>
/// For people the model knows nothing about (and while there is no model): interests matched against the event's
/// category and tags (0.5), closeness (0.3, halving every 25 km; online events count as 20 km away) and recent orders
/// (0.2, log-scaled against the most popular candidate).
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
        var interests = user.Interests.Select(i => i.Trim().ToLowerInvariant()).Where(i => i.Length > 0).ToHashSet();
        var maxPopularity = Math.Log(1 + candidates.Max(c => c.RecentOrders));
        return [.. candidates.Select(c => Score(c, user, interests, maxPopularity))
            .OrderByDescending(r => r.Score).ThenBy(r => r.Event.StartsAt).Take(limit)];
    }

    private static RankedEvent Score(CandidateEvent e, RankingUser user, HashSet<string> interests, double maxPopularity)
    {
        var matched = new[] { e.Category }.Concat(e.Tags).Select(t => t.ToLowerInvariant()).Where(interests.Contains).Distinct().ToList();
        var interest = interests.Count == 0 ? 0 : Math.Min(1, matched.Count / 2.0);
        var km = Distance.Km(user.Latitude, user.Longitude, e);
        var closeness = e.IsOnline ? Math.Pow(0.5, OnlineAsKm / HalfDistanceKm) : km is { } d ? Math.Pow(0.5, d / HalfDistanceKm) : 0;
        var popularity = maxPopularity == 0 ? 0 : Math.Log(1 + e.RecentOrders) / maxPopularity;

        var reasons = new List<(double Weight, string Text)>();
        if (matched.Count > 0) reasons.Add((InterestWeight * interest, $"Matches your interest: {string.Join(", ", matched)}"));
        if (e.IsOnline) reasons.Add((DistanceWeight * closeness, "Online"));
        else if (km is { } near) reasons.Add((DistanceWeight * closeness, Distance.Describe(near)));
        if (e.RecentOrders > 0) reasons.Add((PopularityWeight * popularity, "Popular right now"));
        var text = reasons.OrderByDescending(r => r.Weight).Select(r => r.Text).ToList();
        if (text.Count == 0) text.Add("Coming up soon");
        return new RankedEvent(e, InterestWeight * interest + DistanceWeight * closeness + PopularityWeight * popularity, text);
    }
}

/// <summary>Great-circle distances between a person and an event, and how they are said.</summary>
internal static class Distance
{
    private const double EarthRadiusKm = 6371.0088;

    /// <summary>Null when either side has no position (an online event, a person who gave none).</summary>
    public static double? Km(double? latitude, double? longitude, CandidateEvent e)
    {
        if (latitude is not { } lat1 || longitude is not { } lon1 || e.IsOnline || e.Latitude is not { } lat2 || e.Longitude is not { } lon2) return null;
        var dLat = (lat2 - lat1) * Math.PI / 180;
        var dLon = (lon2 - lon1) * Math.PI / 180;
        var a = Math.Pow(Math.Sin(dLat / 2), 2) + Math.Cos(lat1 * Math.PI / 180) * Math.Cos(lat2 * Math.PI / 180) * Math.Pow(Math.Sin(dLon / 2), 2);
        return 2 * EarthRadiusKm * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }

    public static string Describe(double km) => km < 1 ? "Less than 1 km from you" : string.Create(CultureInfo.InvariantCulture, $"{km:N0} km from you");
}
