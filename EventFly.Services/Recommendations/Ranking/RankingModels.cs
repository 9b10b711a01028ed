namespace EventFly.Services.Recommendations.Ranking;

// The ranking core's boundary: pure data in, ranked events with reasons out. No database, no clock, no DI: the
// Recommendations service fills these from its tables and the other contexts' facades, the bench's generator from its
// synthetic world, and both rank through the same code.

/// <summary>An event as the ranker sees it (upcoming candidates, and the past events of a user's history alike).</summary>
internal sealed record CandidateEvent(
    Guid Id,
    Guid OrganizationId,
    string Name,
    string Description,
    string Category,
    IReadOnlyList<string> Tags,
    double? Latitude,
    double? Longitude,
    bool IsOnline,
    DateTimeOffset StartsAt,
    string TimeZone,
    decimal? MinPrice,
    int RecentOrders);

/// <summary>What a user did with an event, weakest to strongest signal; a dismissal is a negative one.</summary>
internal enum InteractionKind
{
    PageView,
    CheckoutStarted,
    Order,
    CheckIn,
    Rating,
    Dismissal,
}

/// <summary>One thing a user did with an event (<paramref name="Rating"/> 1..5 for <see cref="InteractionKind.Rating"/>).</summary>
internal sealed record UserInteraction(CandidateEvent Event, InteractionKind Kind, DateTimeOffset At, int? Rating = null);

/// <summary>Who is being recommended to: a location (profile or browser; none is fine), interests (maybe none), history (maybe none).</summary>
internal sealed record RankingUser(Guid Id, double? Latitude, double? Longitude, IReadOnlyList<string> Interests, IReadOnlyList<UserInteraction> History);

/// <summary>
/// What the ranker knows beyond one user: the time, and for each event the events its bookers also booked with how
/// many bookers in common (for "popular with people who booked …"; empty is fine). <paramref name="AboutAnEvent"/>:
/// the "user" stands in for an event (similar events), and the reasons say so ("12 km away", not "from you").
/// </summary>
internal sealed record RankingContext(DateTimeOffset Now, IReadOnlyDictionary<Guid, IReadOnlyDictionary<Guid, int>> CoBookings, bool AboutAnEvent = false)
{
    public static RankingContext At(DateTimeOffset now) => new(now, new Dictionary<Guid, IReadOnlyDictionary<Guid, int>>());
}

/// <summary>A ranked event: higher <paramref name="Score"/> first, and the human reasons behind it (at least one).</summary>
internal sealed record RankedEvent(CandidateEvent Event, double Score, IReadOnlyList<string> Reasons);

/// <summary>Orders candidates for a user. Implementations are thread-safe: one instance serves every request.</summary>
internal interface IEventRanker
{
    /// <summary>"cold-start", or the model's version ("model 3").</summary>
    string Name { get; }

    /// <summary>The best <paramref name="limit"/> of <paramref name="candidates"/> (already filtered: upcoming, on sale, not booked or dismissed).</summary>
    IReadOnlyList<RankedEvent> Rank(RankingUser user, IReadOnlyList<CandidateEvent> candidates, RankingContext context, int limit);
}

/// <summary>How a trained model did on its held-out users, and what it learned from.</summary>
internal sealed record ModelMetrics(int TrainingUsers, int TrainingInteractions, int TrainingRows, double Ndcg10, double Precision10, double Recall10, TimeSpan TrainingTime);
