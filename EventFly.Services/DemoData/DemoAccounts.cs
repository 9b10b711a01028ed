namespace EventFly.Services.DemoData;

/// <summary>The demo sign-ins listed in the README. Only created when <c>EventFly:DemoData</c> is true.</summary>
public static class DemoAccounts
{
    public const string Password = "Demo!Pass1";

    public static readonly DemoAccount Participant = new("ada@demo.eventfly.dev", "Ada Lovelace", "Berlin", 52.52, 13.405, ["music", "tech", "food"]);
    public static readonly DemoAccount Organizer = new("otto@demo.eventfly.dev", "Otto Organizer", "Munich", 48.137, 11.575, ["business"]);
    public static readonly DemoAccount Admin = new("admin@demo.eventfly.dev", "Platform Admin", null, null, null, []);

    // Staff of the demo organization, one per kind of role.
    public static readonly DemoAccount Manager = new("mia@demo.eventfly.dev", "Mia Manager", "Munich", null, null, []);
    public static readonly DemoAccount BoxOffice = new("ben@demo.eventfly.dev", "Ben Box Office", "Munich", null, null, []);
    public static readonly DemoAccount DoorStaff = new("cara@demo.eventfly.dev", "Cara Check-in", "Munich", null, null, []);

    /// <summary>Participants who, with Ada, held tickets to the past demo concert and rated it.</summary>
    public static readonly DemoAccount[] Raters =
    [
        new("grace@demo.eventfly.dev", "Grace Hopper", "Munich", null, null, ["music"]),
        new("alan@demo.eventfly.dev", "Alan Turing", "Munich", null, null, ["music"]),
        new("katherine@demo.eventfly.dev", "Katherine Johnson", "Munich", null, null, ["music"]),
        new("linus@demo.eventfly.dev", "Linus Nordberg", "Munich", null, null, ["music"]),
        new("margaret@demo.eventfly.dev", "Margaret Hamilton", "Munich", null, null, ["music"]),
        new("tim@demo.eventfly.dev", "Tim Berners", "Munich", null, null, ["music"]),
    ];

    /// <summary>
    /// The crowd: participants who bought tickets to Riverside's events over the last weeks, went to the concert and rated
    /// it, so that analytics has history to show (<see cref="DemoHistory"/>). Nobody signs in as them; they share the password.
    /// </summary>
    public static IReadOnlyList<DemoAccount> Crowd { get; } = [.. CrowdNames.Select((name, i) => new DemoAccount(
        $"guest{i + 1:00}@demo.eventfly.dev", name, (i % 7) switch { 3 => "Augsburg", 5 => "Freising", _ => "Munich" }, null, null,
        (i % 3) switch { 0 => ["music"], 1 => ["music", "food"], _ => ["food", "arts"] }))];

    public static IReadOnlyList<DemoAccount> All { get; } = [Participant, Organizer, Admin, Manager, BoxOffice, DoorStaff, .. Raters, .. Crowd];

    private static string[] CrowdNames =>
    [
        "Lena Fischer", "Jonas Weber", "Sofia Rossi", "Maximilian Huber", "Amira Haddad", "Felix Wagner", "Hannah Schmid", "Lukas Becker",
        "Marie Hoffmann", "Elias Schäfer", "Emma Koch", "Noah Richter", "Mia Bauer", "Paul Klein", "Clara Wolf", "Leon Schröder",
        "Lea Neumann", "Ben Schwarz", "Anna Zimmermann", "Finn Braun", "Laura Krüger", "Julian Hofmann", "Sarah Hartmann", "David Lange",
        "Nina Werner", "Tobias Schmitt", "Lisa Meier", "Simon Lehmann", "Julia Kaiser", "Moritz Fuchs", "Katharina Vogel", "Jan Keller",
        "Sophie Günther", "Niklas Frank", "Johanna Berger", "Tim Winkler", "Charlotte Roth", "Philipp Beck", "Luisa Lorenz", "Fabian Baumann",
        "Helena Franke", "Matteo Bianchi", "Yasmin Demir", "Oskar Albrecht", "Ida Simon", "Theo Ludwig", "Greta Böhm", "Anton Winter",
        "Frieda Kraus", "Emil Martin", "Zoe Schulze", "Karl Jung", "Ella Hahn", "Samuel Vogt", "Mila Kuhn", "Jakob Pohl",
        "Leonie Engel", "Arjun Patel", "Marta Nowak", "Henrik Sommer",
    ];
}

public sealed record DemoAccount(string Email, string DisplayName, string? City, double? Latitude, double? Longitude, string[] Interests);

/// <summary>The demo organizations: Otto owns the first (with a team), Mia owns the second.</summary>
public static class DemoOrganizations
{
    public const string Riverside = "Riverside Events";
    public const string Spree = "Spree Tech Meetups";
}

/// <summary>
/// The past demo event: Riverside's concert twelve days ago, with tickets (Ada, the raters, the crowd) and feedback. An event can only
/// be published and sold before it ends, so Events publishes it ending in an hour, Ticketing sells it, Feedback rates it
/// (open from the start), and Events then moves its end to the real one (<see cref="LastsHours"/>).
/// </summary>
public static class DemoPastEvent
{
    public const string Name = "Riverside Spring Concert";
    public const int StartedDaysAgo = 12;
    public const int LastsHours = 3;
}

/// <summary>
/// How far back the demo data's history reaches, so that analytics has weeks to chart: Riverside's events were published six
/// weeks ago; the crowd (<see cref="DemoAccounts.Crowd"/>) bought the past concert's tickets over the four weeks before it and
/// those of two upcoming events over the last weeks, was checked in at the concert's door and rated it in the days after.
/// </summary>
public static class DemoHistory
{
    public const int PublishedDaysAgo = 42;
    public const int ConcertSalesDays = 28;
    public const string JazzNight = "Riverside Jazz Night";
    public const int JazzNightSalesDays = 21;
    public const string FoodMarket = "Street Food Market";
    public const int FoodMarketSalesDays = 18;
}
