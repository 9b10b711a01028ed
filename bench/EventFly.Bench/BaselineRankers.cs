using System.Text.RegularExpressions;
using EventFly.Services.Recommendations.Ranking;

namespace EventFly.Bench;

/// <summary>The non-personal baseline: the candidates with the most recent orders first (ties: the sooner event).</summary>
internal sealed class PopularityRanker : IEventRanker
{
    public string Name => "popularity";

    public IReadOnlyList<RankedEvent> Rank(RankingUser user, IReadOnlyList<CandidateEvent> candidates, RankingContext context, int limit) =>
        [.. candidates.OrderByDescending(c => c.RecentOrders).ThenBy(c => c.StartsAt).Take(limit).Select(c => new RankedEvent(c, c.RecentOrders, ["Popular right now"]))];
}

/// <summary>
/// The seed's formula, reimplemented from its old Python script (not in the repository):
/// score = 0.7 × cosine(TF-IDF of the person's interests, TF-IDF of the event's text) + 0.3 × closeness, where the
/// event's text is its name, description, tags and category, and closeness = 1 − d / max d over the candidates being
/// ranked (an online event, or a person or event without a position, gets 0). The TF-IDF is scikit-learn's
/// TfidfVectorizer with its defaults, which the script used: lower-cased tokens of two or more word characters, raw term
/// counts, smoothed idf = ln((1 + n) / (1 + df)) + 1, each vector L2-normalized; fitted once on the catalog of events
/// (the candidates), the interests transformed with it (words the catalog never uses count for nothing).
/// </summary>
internal sealed partial class SeedFormulaRanker : IEventRanker
{
    private readonly Dictionary<string, double> _idf = new(StringComparer.Ordinal);
    private readonly Dictionary<Guid, Dictionary<string, double>> _vectors = [];

    public SeedFormulaRanker(IReadOnlyList<CandidateEvent> catalog)
    {
        var documents = catalog.Select(e => (e.Id, Terms: Tokens(Text(e)).GroupBy(t => t).ToDictionary(g => g.Key, g => (double)g.Count()))).ToList();
        foreach (var (_, terms) in documents)
            foreach (var term in terms.Keys) _idf[term] = _idf.GetValueOrDefault(term) + 1;
        foreach (var term in _idf.Keys.ToList()) _idf[term] = Math.Log((1.0 + documents.Count) / (1 + _idf[term])) + 1;
        foreach (var (id, terms) in documents) _vectors[id] = Normalized(terms);
    }

    public string Name => "seed TF-IDF + distance";

    public IReadOnlyList<RankedEvent> Rank(RankingUser user, IReadOnlyList<CandidateEvent> candidates, RankingContext context, int limit)
    {
        if (candidates.Count == 0 || limit <= 0) return [];
        var query = Normalized(Tokens(string.Join(' ', user.Interests)).GroupBy(t => t).ToDictionary(g => g.Key, g => (double)g.Count()));
        var distances = candidates.Select(c => Distance.Km(user.Latitude, user.Longitude, c)).ToArray();
        var maxDistance = distances.Max(d => d ?? 0);
        var scored = new (CandidateEvent Event, double Score)[candidates.Count];
        for (var i = 0; i < candidates.Count; i++)
        {
            var c = candidates[i];
            var vector = _vectors.TryGetValue(c.Id, out var known) ? known : Normalized(Tokens(Text(c)).GroupBy(t => t).ToDictionary(g => g.Key, g => (double)g.Count()));
            double cosine = 0;
            foreach (var (term, weight) in query) cosine += weight * vector.GetValueOrDefault(term);
            var closeness = distances[i] is { } d && maxDistance > 0 ? 1 - d / maxDistance : 0;
            scored[i] = (c, 0.7 * cosine + 0.3 * closeness);
        }
        return [.. scored.OrderByDescending(s => s.Score).ThenBy(s => s.Event.StartsAt).Take(limit).Select(s => new RankedEvent(s.Event, s.Score, ["Seed formula"]))];
    }

    private Dictionary<string, double> Normalized(Dictionary<string, double> counts)
    {
        var vector = counts.Where(p => _idf.ContainsKey(p.Key)).ToDictionary(p => p.Key, p => p.Value * _idf[p.Key], StringComparer.Ordinal);
        var norm = Math.Sqrt(vector.Values.Sum(v => v * v));
        if (norm > 0) foreach (var term in vector.Keys.ToList()) vector[term] /= norm;
        return vector;
    }

    private static string Text(CandidateEvent e) => $"{e.Name} {e.Description} {string.Join(' ', e.Tags)} {e.Category}";

    private static IEnumerable<string> Tokens(string text) => Word().Matches(text.ToLowerInvariant()).Select(m => m.Value);

    [GeneratedRegex(@"\b\w\w+\b")]
    private static partial Regex Word();
}
