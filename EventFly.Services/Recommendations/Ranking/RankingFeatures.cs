using System.Globalization;

namespace EventFly.Services.Recommendations.Ranking;

/// <summary>
/// What one person and one event have in common, as numbers (the model's input) and as the material of the reasons.
/// Computed the same way for ranking, training and the bench; a history never includes the event being scored.
/// </summary>
internal sealed class RankingFeatures
{
    public const int Count = 16;

    /// <summary>The features' names, in the order of <see cref="Vector"/>.</summary>
    public static readonly string[] Names =
    [
        "interest_match", "category_affinity", "tag_affinity", "organizer_affinity", "log_distance_km", "has_distance", "online",
        "price_ratio", "free", "log_days_until", "weekday_fit", "hour_fit", "log_popularity", "co_booking", "text_match", "log_history",
    ];

    public float[] Vector { get; } = new float[Count];

    /// <summary>The person's interests the event's category or tags name.</summary>
    public IReadOnlyList<string> MatchedInterests { get; init; } = [];

    public double? DistanceKm { get; init; }

    /// <summary>The booked event that most of this event's bookers also booked, when any did.</summary>
    public string? CoBookedWith { get; init; }

    public float InterestMatch => Vector[0];

    public float CategoryAffinity => Vector[1];

    public float OrganizerAffinity => Vector[3];

    public bool Online => Vector[6] > 0;

    public float CoBooking => Vector[13];

    public float TextMatch => Vector[14];

    public int RecentOrders { get; init; }

    public string Category { get; init; } = "";

    /// <summary>Reasons for "similar events": about the event, not the person.</summary>
    public bool AboutAnEvent { get; init; }

    /// <summary>
    /// The reasons in words, strongest first, at most three: each is said only when its feature is present, so a reason
    /// never claims what the numbers do not show.
    /// </summary>
    public IReadOnlyList<string> Reasons()
    {
        var reasons = new List<(double Strength, string Text)>();
        var interests = string.Join(", ", MatchedInterests);
        if (MatchedInterests.Count > 0) reasons.Add((1.0 + InterestMatch, AboutAnEvent ? $"Also about {interests}" : $"Matches your interest: {interests}"));
        if (CoBookedWith is not null) reasons.Add((0.9 + CoBooking / 10, $"Popular with people who booked {CoBookedWith}"));
        if (OrganizerAffinity > 0) reasons.Add((0.8 + OrganizerAffinity / 10, AboutAnEvent ? "Same organizer" : "From an organizer you booked before"));
        if (CategoryAffinity >= 0.25 && !AboutAnEvent) reasons.Add((0.6 + CategoryAffinity, $"Like the {Category} events you went to"));
        if (Online) reasons.Add((0.5, "Online"));
        else if (DistanceKm is { } km) reasons.Add((km <= 25 ? 0.95 : km <= 100 ? 0.55 : 0.2, Distance.Describe(km, AboutAnEvent)));
        if (RecentOrders >= 3) reasons.Add((0.4, "Popular right now"));
        var said = reasons.OrderByDescending(r => r.Strength).Take(3).Select(r => r.Text).ToList();
        return said.Count > 0 ? said : ["Coming up soon"];
    }
}

/// <summary>Computes <see cref="RankingFeatures"/> for a person (their history summarized once) against many events.</summary>
internal sealed class FeatureExtractor
{
    private static readonly char[] Separators = [' ', ',', '.', ';', ':', '!', '?', '(', ')', '-', '/', '\n', '\r', '\t', '"', '\''];

    private readonly RankingUser _user;
    private readonly RankingContext _context;
    private readonly HashSet<string> _interests;
    private readonly Dictionary<string, double> _categories = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, double> _tags = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<Guid, double> _organizers = [];
    private readonly Dictionary<DayOfWeek, double> _weekdays = [];
    private readonly List<int> _hours = [];
    private readonly List<(Guid Id, string Name)> _booked = [];
    private readonly double _historyWeight;
    private readonly double? _meanPaid;

    public FeatureExtractor(RankingUser user, RankingContext context)
    {
        _user = user;
        _context = context;
        _interests = [.. user.Interests.Select(Normalize).Where(i => i.Length > 0)];
        var paid = new List<decimal>();
        foreach (var h in user.History)
        {
            var weight = Weight(h);
            _categories[h.Event.Category] = _categories.GetValueOrDefault(h.Event.Category) + weight;
            foreach (var tag in h.Event.Tags) _tags[tag] = _tags.GetValueOrDefault(tag) + weight;
            if (weight <= 0) continue;
            _historyWeight += weight;
            if (h.Kind is InteractionKind.Order or InteractionKind.CheckIn or InteractionKind.Rating)
            {
                _organizers[h.Event.OrganizationId] = _organizers.GetValueOrDefault(h.Event.OrganizationId) + 1;
                var local = LocalTime(h.Event);
                _weekdays[local.DayOfWeek] = _weekdays.GetValueOrDefault(local.DayOfWeek) + 1;
                _hours.Add(local.Hour);
                if (h.Kind == InteractionKind.Order) _booked.Add((h.Event.Id, h.Event.Name));
                if (h.Event.MinPrice is { } price) paid.Add(price);
            }
        }
        _meanPaid = paid.Count > 0 ? (double)paid.Average() : null;
    }

    /// <summary>How much an interaction says the person likes the event (a dismissal or a poor rating says the opposite).</summary>
    public static double Weight(UserInteraction h) => h.Kind switch
    {
        InteractionKind.PageView => 0.5,
        InteractionKind.CheckoutStarted => 1,
        InteractionKind.Order => 2,
        InteractionKind.CheckIn => 3,
        InteractionKind.Rating => (h.Rating ?? 3) - 2.5,
        InteractionKind.Dismissal => -2,
        _ => 0,
    };

    public RankingFeatures Compute(CandidateEvent e)
    {
        var words = new[] { e.Category }.Concat(e.Tags).Select(Normalize).ToHashSet();
        var matched = _interests.Where(words.Contains).ToList();
        var km = Distance.Km(_user.Latitude, _user.Longitude, e);
        var local = LocalTime(e);
        var (coBooking, coBookedWith) = CoBooking(e.Id);
        var f = new RankingFeatures
        {
            MatchedInterests = matched, DistanceKm = km, CoBookedWith = coBookedWith, RecentOrders = e.RecentOrders, Category = e.Category,
            AboutAnEvent = _context.AboutAnEvent,
        };
        var v = f.Vector;
        v[0] = _interests.Count == 0 ? 0 : (float)Math.Min(1, matched.Count / 2.0);
        v[1] = _historyWeight == 0 ? 0 : (float)(_categories.GetValueOrDefault(e.Category) / _historyWeight);
        v[2] = _historyWeight == 0 || e.Tags.Count == 0 ? 0 : (float)(e.Tags.Sum(t => _tags.GetValueOrDefault(t)) / _historyWeight / e.Tags.Count);
        v[3] = (float)Math.Log(1 + _organizers.GetValueOrDefault(e.OrganizationId));
        v[4] = km is { } d ? (float)Math.Log(1 + d) : 0;
        v[5] = km is null ? 0 : 1;
        v[6] = e.IsOnline ? 1 : 0;
        v[7] = e.MinPrice is { } price && _meanPaid is { } mean ? (float)((double)price / (mean + 1)) : 1;
        v[8] = e.MinPrice is 0 ? 1 : 0;
        v[9] = (float)Math.Log(1 + Math.Max(0, (e.StartsAt - _context.Now).TotalDays));
        v[10] = _hours.Count == 0 ? 0 : (float)(_weekdays.GetValueOrDefault(local.DayOfWeek) / _hours.Count);
        v[11] = _hours.Count == 0 ? 0 : (float)_hours.Count(h => Math.Abs(h - local.Hour) <= 2) / _hours.Count;
        v[12] = (float)Math.Log(1 + e.RecentOrders);
        v[13] = (float)Math.Log(1 + coBooking);
        v[14] = TextMatch(e);
        v[15] = (float)Math.Log(1 + _user.History.Count);
        return f;
    }

    private (int Count, string? With) CoBooking(Guid eventId)
    {
        var total = 0;
        (int Count, string? Name) best = (0, null);
        foreach (var (id, name) in _booked)
        {
            if (!_context.CoBookings.TryGetValue(id, out var row) || !row.TryGetValue(eventId, out var together)) continue;
            total += together;
            if (together > best.Count) best = (together, name);
        }
        return (total, best.Name);
    }

    /// <summary>
    /// The share of the person's interests found among the words of the event's name and description: a token match
    /// (ML.NET's text featurizer costs a pipeline per call, too slow for 10,000 events in 20 ms).
    /// </summary>
    private float TextMatch(CandidateEvent e)
    {
        if (_interests.Count == 0) return 0;
        var words = $"{e.Name} {e.Description}".ToLowerInvariant().Split(Separators, StringSplitOptions.RemoveEmptyEntries).ToHashSet();
        return (float)_interests.Count(words.Contains) / _interests.Count;
    }

    private static string Normalize(string word) => word.Trim().ToLowerInvariant();

    private static DateTime LocalTime(CandidateEvent e) =>
        TimeZoneInfo.TryFindSystemTimeZoneById(e.TimeZone, out var zone) ? TimeZoneInfo.ConvertTime(e.StartsAt, zone).DateTime : e.StartsAt.UtcDateTime;
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

    /// <summary>
    /// "1.9 km from you", "2,075 km from you": as the event card's distance chip reads it (one decimal under 10 km,
    /// whole kilometres from there), so a card never says the same distance two ways.
    /// </summary>
    public static string Describe(double km, bool fromAnEvent = false) =>
        (km < 1 ? "Less than 1 km" : km.ToString(km < 10 ? "0.#" : "N0", CultureInfo.InvariantCulture) + " km") + (fromAnEvent ? " away" : " from you");
}
