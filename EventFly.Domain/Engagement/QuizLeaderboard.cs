namespace EventFly.Domain.Engagement;

/// <summary>
/// The players of a quiz by points, highest first, with competition ranking: equal points share a rank and the next rank
/// skips (1, 2, 2, 4). Within equal points the earlier last correct answer comes first (never-correct last), then the
/// user id, so the order is stable.
/// </summary>
public sealed class QuizLeaderboard
{
    public const int PodiumPlaces = 3;

    private readonly Dictionary<Guid, LeaderboardEntry> _byUser;

    private QuizLeaderboard(List<LeaderboardEntry> entries)
    {
        Entries = entries;
        _byUser = entries.ToDictionary(e => e.UserId);
    }

    public IReadOnlyList<LeaderboardEntry> Entries { get; }

    /// <summary>Everyone ranked 1 to 3: a tie is never cut, so the podium may hold more than three players.</summary>
    public IReadOnlyList<LeaderboardEntry> Podium => [.. Entries.TakeWhile(e => e.Rank <= PodiumPlaces)];

    public static QuizLeaderboard From(IEnumerable<QuizPlayerTotal> totals)
    {
        var ordered = totals
            .OrderByDescending(t => t.Points)
            .ThenBy(t => t.LastCorrectAt ?? DateTimeOffset.MaxValue)
            .ThenBy(t => t.UserId)
            .ToList();
        var entries = new List<LeaderboardEntry>(ordered.Count);
        for (var i = 0; i < ordered.Count; i++)
        {
            var rank = i > 0 && ordered[i].Points == ordered[i - 1].Points ? entries[i - 1].Rank : i + 1;
            entries.Add(new LeaderboardEntry(rank, ordered[i].UserId, ordered[i].Points));
        }
        if (entries.Select(e => e.UserId).Distinct().Count() != entries.Count)
            throw new ArgumentException("Each player appears once.", nameof(totals));
        return new QuizLeaderboard(entries);
    }

    /// <summary>Totals from a quiz's answers: every player who answered at least once, correct or not.</summary>
    public static QuizLeaderboard FromAnswers(IEnumerable<QuizAnswer> answers) =>
        From(answers.GroupBy(a => a.UserId).Select(g => new QuizPlayerTotal(
            g.Key, g.Sum(a => a.Points), g.Where(a => a.Correct).Select(a => (DateTimeOffset?)a.AnsweredAt).Max())));

    /// <summary>The first <paramref name="count"/> places in order (a list view: a tie at the edge may be cut).</summary>
    public IReadOnlyList<LeaderboardEntry> Top(int count) => [.. Entries.Take(count)];

    public int? RankOf(Guid userId) => _byUser.TryGetValue(userId, out var entry) ? entry.Rank : null;

    public LeaderboardEntry? EntryOf(Guid userId) => _byUser.GetValueOrDefault(userId);
}
