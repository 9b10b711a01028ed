using EventFly.Services.Recommendations.Ranking;

namespace EventFly.Bench;

/// <summary>
/// A synthetic but realistic world for the recommendation harness, the same for a given seed and sizes:
/// <list type="bullet">
/// <item>people living around eight cities (weighted like their size, ~10 km around the centre), each with 2–5
/// interests, mostly the tags of one favourite category, and an activity level (log-normal: a few people do most);</item>
/// <item>organizers with a home city and a main category; their events (10% online) carry the category, 2–3 tags, a
/// name and a description built from them, a place near the city, a price (a fifth free), a start over
/// [cut − 180 days, cut + 60 days] in the evening, and a hidden appeal (log-normal: the popularity skew);</item>
/// <item>interactions drawn from a known preference model: a person is shown events of their city (sometimes another
/// city, sometimes online ones) in proportion to appeal, and picks one by utility = 2.2 × shared interests + 1.2 ×
/// closeness (halving every 15 km) + 0.6 × log appeal + 0.4 × likes the organizer + Gumbel noise; a pick is a page
/// view, often a checkout, an order with probability logistic(utility − 2), a check-in for most orders, sometimes a
/// rating, and a poorly matching pick is sometimes dismissed. Interactions happen 0–45 days before the event.</item>
/// </list>
/// </summary>
internal sealed class RecommendationWorld
{
    private static readonly (string Name, double Lat, double Lon, double Weight)[] Cities =
    [
        ("Berlin", 52.52, 13.40, 3.6), ("Hamburg", 53.55, 9.99, 1.8), ("Munich", 48.14, 11.58, 1.5), ("Cologne", 50.94, 6.96, 1.1),
        ("Frankfurt", 50.11, 8.68, 0.8), ("Vienna", 48.21, 16.37, 1.9), ("Zurich", 47.37, 8.54, 0.4), ("Leipzig", 51.34, 12.37, 0.6),
    ];

    private static readonly Dictionary<string, string[]> TagsOf = new()
    {
        ["music"] = ["jazz", "rock", "techno", "classical", "indie", "hiphop"],
        ["conference"] = ["cloud", "security", "ai", "dotnet", "data", "product"],
        ["workshop"] = ["pottery", "photography", "woodwork", "painting", "coding", "sewing"],
        ["meetup"] = ["startups", "javascript", "python", "design", "gaming", "books"],
        ["sports"] = ["running", "yoga", "climbing", "football", "cycling", "swimming"],
        ["arts"] = ["theatre", "dance", "cinema", "poetry", "gallery", "comedy"],
        ["food"] = ["wine", "vegan", "coffee", "baking", "streetfood", "beer"],
        ["festival"] = ["openair", "electronic", "folk", "lights", "summer", "family"],
        ["networking"] = ["founders", "women", "careers", "freelance", "investors", "marketing"],
    };

    private static readonly string[] Adjectives = ["Evening", "Late", "Open", "Big", "Little", "Urban", "Friday", "Sunday", "Spring", "Grand"];
    private static readonly string[] Nouns = ["Night", "Session", "Club", "Gathering", "Day", "Special", "Lab", "Live", "Weekend", "Circle"];
    private static readonly string[] Filler =
        ["join", "us", "for", "an", "evening", "of", "great", "people", "drinks", "and", "good", "vibes", "tickets", "limited", "bring", "friends",
         "everyone", "welcome", "doors", "open", "early", "talks", "hands", "on", "city", "local", "community", "fun"];

    public required DateTimeOffset Cut { get; init; }

    public required IReadOnlyList<CandidateEvent> Events { get; init; }

    /// <summary>Everyone, with their interests, home and every interaction (before and after the cut).</summary>
    public required IReadOnlyList<(RankingUser User, IReadOnlyList<UserInteraction> All)> People { get; init; }

    public int InteractionCount => People.Sum(p => p.All.Count);

    public static RecommendationWorld Generate(int users, int events, int interactions, int seed)
    {
        var random = new Random(seed);
        var cut = new DateTimeOffset(2026, 9, 1, 0, 0, 0, TimeSpan.Zero);
        var categories = TagsOf.Keys.ToArray();
        var cityPicker = Cumulative(Cities.Select(c => c.Weight).ToArray());

        // Organizers: a home city and a main category.
        var organizerCount = Math.Max(5, events / 15);
        var organizers = Enumerable.Range(0, organizerCount)
            .Select(_ => (Id: NewGuid(random), City: Pick(cityPicker, random), Category: categories[random.Next(categories.Length)])).ToArray();

        // Events, with the hidden appeal each stands for.
        var all = new CandidateEvent[events];
        var appeal = new double[events];
        var cityOf = new int[events];
        var organizerOf = new int[events];
        for (var i = 0; i < events; i++)
        {
            var o = random.Next(organizerCount);
            var (orgId, city, mainCategory) = organizers[o];
            var category = random.NextDouble() < 0.8 ? mainCategory : categories[random.Next(categories.Length)];
            var pool = TagsOf[category];
            var tags = pool.OrderBy(_ => random.Next()).Take(2 + random.Next(2)).ToList();
            if (random.NextDouble() < 0.15)
            {
                var other = TagsOf[categories[random.Next(categories.Length)]];
                tags.Add(other[random.Next(other.Length)]);
            }
            var online = random.NextDouble() < 0.1;
            var (_, lat, lon, _) = Cities[city];
            var starts = cut.AddDays(-180 + 240 * random.NextDouble()).Date;
            var startsAt = new DateTimeOffset(starts, TimeSpan.Zero).AddHours(random.NextDouble() < 0.75 ? 17 + random.Next(4) : 9 + random.Next(8));
            var name = $"{Adjectives[random.Next(Adjectives.Length)]} {Capitalize(tags[0])} {Nouns[random.Next(Nouns.Length)]}";
            var words = Enumerable.Range(0, 12 + random.Next(12)).Select(_ => Filler[random.Next(Filler.Length)]).ToList();
            words.Insert(random.Next(words.Count), category);
            foreach (var tag in tags.Where(_ => random.NextDouble() < 0.6)) words.Insert(random.Next(words.Count), tag);
            decimal? price = random.NextDouble() < 0.2 ? 0 : Math.Round((decimal)Math.Exp(2.5 + random.NextDouble() * 2.5), 0);
            all[i] = new CandidateEvent(NewGuid(random), orgId, name, string.Join(' ', words) + ".", category, tags,
                online ? null : lat + Normal(random) * 0.08, online ? null : lon + Normal(random) * 0.12, online, startsAt, "Europe/Berlin", price, 0);
            appeal[i] = Math.Exp(Normal(random));
            cityOf[i] = online ? -1 : city;
            organizerOf[i] = o;
        }

        // Exposure: within a city (or online), events are shown in proportion to their appeal.
        var byCity = Enumerable.Range(-1, Cities.Length + 1).ToDictionary(c => c, c => Enumerable.Range(0, events).Where(i => cityOf[i] == c).ToArray());
        var exposure = byCity.ToDictionary(p => p.Key, p => Cumulative(p.Value.Select(i => appeal[i]).ToArray()));

        // People.
        var homes = new int[users];
        var people = new RankingUser[users];
        var likedOrganizers = new HashSet<int>[users];
        var activity = new double[users];
        for (var u = 0; u < users; u++)
        {
            var city = Pick(cityPicker, random);
            var favourite = TagsOf[categories[random.Next(categories.Length)]];
            var count = 2 + random.Next(4);
            var interests = new HashSet<string>();
            while (interests.Count < count)
            {
                var roll = random.NextDouble();
                interests.Add(roll < 0.65 ? favourite[random.Next(favourite.Length)]
                    : roll < 0.8 ? categories[random.Next(categories.Length)]
                    : TagsOf[categories[random.Next(categories.Length)]][random.Next(6)]);
            }
            var (_, lat, lon, _) = Cities[city];
            homes[u] = city;
            people[u] = new RankingUser(NewGuid(random), lat + Normal(random) * 0.09, lon + Normal(random) * 0.13, [.. interests], []);
            likedOrganizers[u] = [.. Enumerable.Range(0, 3).Select(_ => random.Next(organizerCount))];
            activity[u] = Math.Exp(Normal(random) * 0.9);
        }
        var personPicker = Cumulative(activity);

        // Interactions, one row per person, event and kind (as the log keeps them), until there are enough.
        var log = Enumerable.Range(0, users).Select(_ => new Dictionary<(int Event, InteractionKind Kind), UserInteraction>()).ToArray();
        var total = 0;
        const int Shown = 24;
        var shownEvents = new int[Shown];
        var utilities = new double[Shown];
        for (var guard = 0; total < interactions && guard < interactions * 20; guard++)
        {
            var u = Pick(personPicker, random);
            var user = people[u];
            var roll = random.NextDouble();
            var where = roll < 0.85 ? homes[u] : roll < 0.93 ? -1 : Pick(cityPicker, random);
            var pool = byCity[where];
            if (pool.Length == 0) continue;
            for (var s = 0; s < Shown; s++)
            {
                var e = pool[Pick(exposure[where], random)];
                shownEvents[s] = e;
                utilities[s] = Utility(user, all[e], appeal[e], likedOrganizers[u].Contains(organizerOf[e])) + Gumbel(random);
            }
            var best = 0;
            for (var s = 1; s < Shown; s++) if (utilities[s] > utilities[best]) best = s;
            var chosen = shownEvents[best];
            var ev = all[chosen];
            var utility = Utility(user, ev, appeal[chosen], likedOrganizers[u].Contains(organizerOf[chosen]));
            var at = ev.StartsAt.AddHours(-24 * 45 * random.NextDouble() - 1);
            var rows = log[u];
            void Add(InteractionKind kind, DateTimeOffset when, int? rating = null)
            {
                if (rows.TryAdd((chosen, kind), new UserInteraction(ev, kind, when, rating))) total++;
            }
            Add(InteractionKind.PageView, at);
            if (utility < 1.2 && random.NextDouble() < 0.08)
            {
                Add(InteractionKind.Dismissal, at.AddMinutes(1));
                continue;
            }
            var booking = 1 / (1 + Math.Exp(-(utility - 2)));
            if (random.NextDouble() < Math.Min(1, booking * 1.6)) Add(InteractionKind.CheckoutStarted, at.AddMinutes(3));
            if (random.NextDouble() >= booking) continue;
            Add(InteractionKind.Order, at.AddMinutes(5));
            if (random.NextDouble() < 0.8) Add(InteractionKind.CheckIn, ev.StartsAt.AddMinutes(-10));
            if (random.NextDouble() < 0.25) Add(InteractionKind.Rating, ev.StartsAt.AddDays(1), Math.Clamp((int)Math.Round(utility + Normal(random)), 1, 5));
        }

        // Popularity as it was known when people decided: orders in the 14 days before the cut (or before the start, for past events).
        var orders = log.SelectMany(rows => rows.Values).Where(h => h.Kind == InteractionKind.Order).ToList();
        var recent = orders.Where(h => h.At < cut && h.At >= Earlier(h.Event.StartsAt, cut).AddDays(-14)).GroupBy(h => h.Event.Id).ToDictionary(g => g.Key, g => g.Count());
        var withPopularity = all.ToDictionary(e => e.Id, e => e with { RecentOrders = recent.GetValueOrDefault(e.Id) });
        return new RecommendationWorld
        {
            Cut = cut,
            Events = [.. withPopularity.Values],
            People = [.. people.Select((p, u) => (p, (IReadOnlyList<UserInteraction>)[.. log[u].Values
                .Select(h => h with { Event = withPopularity[h.Event.Id] }).OrderBy(h => h.At)]))],
        };
    }

    /// <summary>The hidden preference, without noise.</summary>
    private static double Utility(RankingUser user, CandidateEvent e, double appeal, bool likedOrganizer)
    {
        var shared = 0;
        foreach (var interest in user.Interests)
            if (interest == e.Category || e.Tags.Contains(interest)) shared++;
        var km = Distance.Km(user.Latitude, user.Longitude, e);
        var closeness = e.IsOnline ? 0.4 : km is { } d ? Math.Pow(0.5, d / 15) : 0;
        return 2.2 * Math.Min(shared, 2) + 1.2 * closeness + 0.6 * Math.Log(appeal) + (likedOrganizer ? 0.4 : 0);
    }

    private static DateTimeOffset Earlier(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;

    private static double[] Cumulative(double[] weights)
    {
        var sums = new double[weights.Length];
        double total = 0;
        for (var i = 0; i < weights.Length; i++) sums[i] = total += weights[i];
        return sums;
    }

    private static int Pick(double[] cumulative, Random random)
    {
        var i = Array.BinarySearch(cumulative, random.NextDouble() * cumulative[^1]);
        return Math.Min(cumulative.Length - 1, i < 0 ? ~i : i);
    }

    private static double Normal(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());

    private static double Gumbel(Random random) => -Math.Log(-Math.Log(1 - random.NextDouble() * 0.999999));

    private static Guid NewGuid(Random random)
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        return new Guid(bytes);
    }

    private static string Capitalize(string word) => char.ToUpperInvariant(word[0]) + word[1..];
}
