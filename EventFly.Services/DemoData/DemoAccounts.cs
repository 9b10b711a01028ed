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

    public static IReadOnlyList<DemoAccount> All { get; } = [Participant, Organizer, Admin, Manager, BoxOffice, DoorStaff, .. Raters];
}

public sealed record DemoAccount(string Email, string DisplayName, string? City, double? Latitude, double? Longitude, string[] Interests);

/// <summary>The demo organizations: Otto owns the first (with a team), Mia owns the second.</summary>
public static class DemoOrganizations
{
    public const string Riverside = "Riverside Events";
    public const string Spree = "Spree Tech Meetups";
}

/// <summary>
/// The past demo event: Riverside's concert twelve days ago, with tickets (Ada and the raters) and feedback. An event can only
/// be published and sold before it ends, so Events publishes it ending in an hour, Ticketing sells it, Feedback rates it
/// (open from the start), and Events then moves its end to the real one (<see cref="LastsHours"/>).
/// </summary>
public static class DemoPastEvent
{
    public const string Name = "Riverside Spring Concert";
    public const int StartedDaysAgo = 12;
    public const int LastsHours = 3;
}
