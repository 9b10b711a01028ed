using System.Globalization;
using System.Runtime.CompilerServices;

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

/// <summary>
/// What the features need of an event that does not depend on the person: its category, tags and the words of its name
/// and description (as 64-bit keys of their trimmed, lower-cased text: compared as numbers, never interned), its local
/// weekday and hour, and its position in radians. Worked out once per event instance (the catalog's snapshot shares
/// its instances across requests) rather than once per request.
/// </summary>
internal sealed class EventProfile
{
    private static readonly char[] Separators = [' ', ',', '.', ';', ':', '!', '?', '(', ')', '-', '/', '\n', '\r', '\t', '"', '\''];
    private static readonly ConditionalWeakTable<CandidateEvent, EventProfile> Profiles = [];

    private EventProfile(CandidateEvent e)
    {
        Category = KeyOf(e.Category);
        Tags = [.. e.Tags.Select(KeyOf)];
        Labels = [.. Tags.Append(Category).Distinct().Order()];
        Words = [.. $"{e.Name} {e.Description}".Split(Separators, StringSplitOptions.RemoveEmptyEntries).Select(KeyOf).Distinct().Order()];
        var local = TimeZoneInfo.TryFindSystemTimeZoneById(e.TimeZone, out var zone) ? TimeZoneInfo.ConvertTime(e.StartsAt, zone).DateTime : e.StartsAt.UtcDateTime;
        (Weekday, Hour) = (local.DayOfWeek, local.Hour);
        LogPopularity = (float)Math.Log(1 + e.RecentOrders);
        Price = e.MinPrice is { } price ? (double)price : null;
    }

    /// <summary>log(1 + recent orders).</summary>
    public float LogPopularity { get; }

    public double? Price { get; }

    public long Category { get; }

    /// <summary>One key per tag, as many as the event has.</summary>
    public long[] Tags { get; }

    /// <summary>The category and tags, sorted.</summary>
    public long[] Labels { get; }

    /// <summary>The words of the name and description, sorted.</summary>
    public long[] Words { get; }

    public DayOfWeek Weekday { get; }

    public int Hour { get; }

    public static EventProfile Of(CandidateEvent e) => Profiles.GetValue(e, static e => new EventProfile(e));

    /// <summary>FNV-1a over the trimmed, lower-cased word: equal words, equal keys (a collision among 2^64 is not a worry here).</summary>
    public static long KeyOf(string word)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in word.AsSpan().Trim())
        {
            hash = (hash ^ char.ToLowerInvariant(c)) * 1099511628211UL;
        }
        return unchecked((long)hash);
    }
}

/// <summary>Computes <see cref="RankingFeatures"/> for a person (their history summarized once) against many events.</summary>
internal sealed class FeatureExtractor
{
    private readonly RankingUser _user;
    private readonly RankingContext _context;
    private readonly (string Text, long Key)[] _interests;
    private readonly Dictionary<long, double> _categories = [];
    private readonly Dictionary<long, double> _tags = [];
    private readonly Dictionary<Guid, double> _organizers = [];
    private readonly double[] _weekdays = new double[7];
    private readonly int[] _hours = new int[24];
    private readonly int _attended;
    private readonly List<(Guid Id, string Name)> _booked = [];
    private readonly double _historyWeight;
    private readonly double? _meanPaid;
    private readonly float _logHistory;
    private Dictionary<Guid, int>? _coBooked;
    private int _coBookingCalls;

    public FeatureExtractor(RankingUser user, RankingContext context)
    {
        _user = user;
        _context = context;
        _interests = [.. user.Interests.Select(Normalize).Where(i => i.Length > 0).Distinct().Select(i => (i, EventProfile.KeyOf(i)))];
        var paid = new List<decimal>();
        foreach (var h in user.History)
        {
            var weight = Weight(h);
            var profile = EventProfile.Of(h.Event);
            _categories[profile.Category] = _categories.GetValueOrDefault(profile.Category) + weight;
            foreach (var tag in profile.Tags) _tags[tag] = _tags.GetValueOrDefault(tag) + weight;
            if (weight <= 0) continue;
            _historyWeight += weight;
            if (h.Kind is InteractionKind.Order or InteractionKind.CheckIn or InteractionKind.Rating)
            {
                _organizers[h.Event.OrganizationId] = _organizers.GetValueOrDefault(h.Event.OrganizationId) + 1;
                _weekdays[(int)profile.Weekday]++;
                _hours[profile.Hour]++;
                _attended++;
                if (h.Kind == InteractionKind.Order) _booked.Add((h.Event.Id, h.Event.Name));
                if (h.Event.MinPrice is { } price) paid.Add(price);
            }
        }
        _meanPaid = paid.Count > 0 ? (double)paid.Average() : null;
        _logHistory = (float)Math.Log(1 + user.History.Count);
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

    public RankingFeatures Compute(CandidateEvent e) => Compute(e, _context.Now, bookedByThisPerson: false);

    /// <summary>
    /// The features as they were at <paramref name="now"/>; for training, <paramref name="bookedByThisPerson"/> takes the
    /// person's own booking out of the event's popularity and co-bookings (what they saw before they booked).
    /// </summary>
    public RankingFeatures Compute(CandidateEvent e, DateTimeOffset now, bool bookedByThisPerson)
    {
        var profile = EventProfile.Of(e);
        var recentOrders = bookedByThisPerson ? Math.Max(0, e.RecentOrders - 1) : e.RecentOrders;
        var f = new RankingFeatures
        {
            MatchedInterests = [.. _interests.Where(i => Array.BinarySearch(profile.Labels, i.Key) >= 0).Select(i => i.Text)],
            DistanceKm = Distance.Km(_user.Latitude, _user.Longitude, e), CoBookedWith = CoBooking(e.Id, bookedByThisPerson ? 1 : 0).With,
            RecentOrders = recentOrders, Category = e.Category, AboutAnEvent = _context.AboutAnEvent,
        };
        Fill(e, f.Vector, now, bookedByThisPerson);
        return f;
    }

    /// <summary>
    /// Only the numbers, into <paramref name="v"/> (no allocation: ranking scores every candidate this way and computes
    /// the full <see cref="RankingFeatures"/> of the best few); returns the distance in km, null when there is none.
    /// </summary>
    public double? Fill(CandidateEvent e, Span<float> v) => Fill(e, v, _context.Now, bookedByThisPerson: false);

    private double? Fill(CandidateEvent e, Span<float> v, DateTimeOffset now, bool bookedByThisPerson)
    {
        var profile = EventProfile.Of(e);
        int labelMatches = 0, textMatches = 0;
        foreach (var (_, key) in _interests)
        {
            if (Array.BinarySearch(profile.Labels, key) >= 0) labelMatches++;
            if (Array.BinarySearch(profile.Words, key) >= 0) textMatches++;
        }
        var km = Distance.Km(_user.Latitude, _user.Longitude, e);
        var recentOrders = bookedByThisPerson ? Math.Max(0, e.RecentOrders - 1) : e.RecentOrders;
        var coBooking = _booked.Count == 0 ? 0 : bookedByThisPerson ? CoBooking(e.Id, 1).Count : CoBooked(e.Id);
        v.Clear();
        v[0] = _interests.Length == 0 ? 0 : (float)Math.Min(1, labelMatches / 2.0);
        if (_historyWeight != 0)
        {
            v[1] = (float)(_categories.GetValueOrDefault(profile.Category) / _historyWeight);
            if (profile.Tags.Length > 0)
            {
                double tags = 0;
                foreach (var tag in profile.Tags) tags += _tags.GetValueOrDefault(tag);
                v[2] = (float)(tags / _historyWeight / profile.Tags.Length);
            }
        }
        v[3] = _organizers.Count == 0 ? 0 : (float)Math.Log(1 + _organizers.GetValueOrDefault(e.OrganizationId));
        v[4] = km is { } d ? (float)Math.Log(1 + d) : 0;
        v[5] = km is null ? 0 : 1;
        v[6] = e.IsOnline ? 1 : 0;
        v[7] = profile.Price is { } price && _meanPaid is { } mean ? (float)(price / (mean + 1)) : 1;
        v[8] = e.MinPrice is 0 ? 1 : 0;
        v[9] = (float)Math.Log(1 + Math.Max(0, (e.StartsAt - now).TotalDays));
        if (_attended > 0)
        {
            v[10] = (float)(_weekdays[(int)profile.Weekday] / _attended);
            var near = 0;
            for (var h = Math.Max(0, profile.Hour - 2); h <= Math.Min(23, profile.Hour + 2); h++) near += _hours[h];
            v[11] = (float)near / _attended;
        }
        v[12] = bookedByThisPerson ? (float)Math.Log(1 + recentOrders) : profile.LogPopularity;
        v[13] = coBooking == 0 ? 0 : (float)Math.Log(1 + coBooking);
        // The share of the interests among the name's and description's words: a token match (ML.NET's text featurizer
        // costs a pipeline per call, too slow for 10,000 events in 20 ms).
        v[14] = _interests.Length == 0 ? 0 : (float)textMatches / _interests.Length;
        v[15] = _logHistory;
        return km;
    }

    /// <summary>
    /// <see cref="CoBooking"/>'s count, looked up in the co-bookings of all the person's booked events merged once
    /// they have been asked about a few events (ranking asks about thousands; a training row about one).
    /// </summary>
    private int CoBooked(Guid eventId)
    {
        if (_coBooked is null && ++_coBookingCalls > 32)
        {
            _coBooked = [];
            foreach (var (id, _) in _booked)
            {
                if (!_context.CoBookings.TryGetValue(id, out var row)) continue;
                foreach (var (other, together) in row)
                    if (together > 0) _coBooked[other] = _coBooked.GetValueOrDefault(other) + together;
            }
        }
        return _coBooked is null ? CoBooking(eventId, 0).Count : _coBooked.GetValueOrDefault(eventId);
    }

    /// <summary>
    /// How many bookers of the person's booked events also booked this one (less <paramref name="own"/> per booked event:
    /// the person themself), and the booked event most of them share.
    /// </summary>
    private (int Count, string? With) CoBooking(Guid eventId, int own)
    {
        var total = 0;
        (int Count, string? Name) best = (0, null);
        foreach (var (id, name) in _booked)
        {
            if (!_context.CoBookings.TryGetValue(id, out var row) || !row.TryGetValue(eventId, out var together)) continue;
            together -= own;
            if (together <= 0) continue;
            total += together;
            if (together > best.Count) best = (together, name);
        }
        return (total, best.Name);
    }

    /// <summary>Interests, categories and tags compare trimmed and lower-cased.</summary>
    internal static string Normalize(string word) => word.Trim().ToLowerInvariant();
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
        var (sinLat, sinLon) = (Math.Sin(dLat / 2), Math.Sin(dLon / 2));
        var a = sinLat * sinLat + Math.Cos(lat1 * Math.PI / 180) * Math.Cos(lat2 * Math.PI / 180) * sinLon * sinLon;
        return 2 * EarthRadiusKm * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }

    /// <summary>
    /// "1.9 km from you", "2,075 km from you": as the event card's distance chip reads it (one decimal under 10 km,
    /// whole kilometres from there), so a card never says the same distance two ways.
    /// </summary>
    public static string Describe(double km, bool fromAnEvent = false) =>
        (km < 1 ? "Less than 1 km" : km.ToString(km < 10 ? "0.#" : "N0", CultureInfo.InvariantCulture) + " km") + (fromAnEvent ? " away" : " from you");
}
