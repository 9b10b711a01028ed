using EventFly.Domain.Events;
using EventFly.Services.Common;
using EventFly.Services.DemoData;
using EventFly.Services.Identity.Contracts;
using EventFly.Services.Organizations.Contracts;
using EventFly.Services.Persistence;
using Microsoft.EntityFrameworkCore;
using EventFly.Services.Events.Contracts;
using EventFly.Services.Events.Persistence;

namespace EventFly.Services.Events;

/// <summary>
/// Published events of two organizations across categories, cities and the coming weeks, a draft, and a past concert
/// (<see cref="DemoPastEvent"/>); all published six weeks ago (<see cref="DemoHistory"/>).
/// </summary>
internal sealed class EventDemoData(EventsData db, IEventService events, IOrganizationService organizations, IProfileService accounts, TimeProvider time)
    : IDemoDataContributor
{
    public int Order => 20;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await db.Events.AnyAsync(cancellationToken)) return;
        var (riverside, otto) = await OrganizationOfAsync(DemoAccounts.Organizer, DemoOrganizations.Riverside, cancellationToken);
        var (spree, mia) = await OrganizationOfAsync(DemoAccounts.Manager, DemoOrganizations.Spree, cancellationToken);
        var today = new DateTimeOffset(time.GetUtcNow().UtcDateTime.Date, TimeSpan.Zero);

        (Guid Org, Actor Owner, string Name, string Category, string[] Tags, int Day, int Hour, int Hours, Venue? Venue, string? Url, string Description, bool Publish)[] demo =
        [
            (riverside.Id, otto, "Riverside Jazz Night", "music", ["jazz", "live", "outdoor"], 5, 18, 4, new("Isar Riverside Stage", "Erhardtstraße 10", "Munich", 48.1313, 11.5802), null,
                "An evening of **live jazz** by the river.\n\n- Doors 18:00\n- Food trucks on site\n\nBring a blanket!", true),
            (riverside.Id, otto, "Street Food Market", "food", ["food", "market", "family"], 9, 11, 8, new("Viktualienmarkt", null, "Munich", 48.1351, 11.5763), null,
                "Thirty stalls, one square. Vegan, vegetarian and everything else.", true),
            (riverside.Id, otto, "Open-Air Cinema: Classics", "arts", ["film", "outdoor"], 16, 20, 3, new("Olympiapark Lawn", "Spiridon-Louis-Ring 21", "Munich", 48.1731, 11.5466), null,
                "Classic films under the stars. Deck chairs provided.", true),
            (riverside.Id, otto, "Summer Festival Planning (draft)", "festival", ["festival"], 60, 12, 10, new("Isar Riverside Stage", null, "Munich", 48.1313, 11.5802), null,
                "Internal draft — not public yet.", false),
            (spree.Id, mia, "Blazor & .NET Meetup", "meetup", ["dotnet", "blazor", "tech"], 7, 19, 2, new("Factory Berlin", "Rheinsberger Str. 76/77", "Berlin", 52.5373, 13.3951), null,
                "Talks on **Blazor WebAssembly**, SignalR and EF Core. Pizza after the talks.", true),
            (spree.Id, mia, "Data Engineering Workshop", "workshop", ["data", "python", "tech"], 12, 9, 7, new("Spree Campus", "Friedrichstraße 100", "Berlin", 52.5200, 13.3880), null,
                "A full day of hands-on pipelines. Laptop required.", true),
            (spree.Id, mia, "Potsdam Startup Breakfast", "networking", ["startups", "networking"], 3, 8, 2, new("Potsdam Science Park", "Am Mühlenberg 3", "Potsdam", 52.4070, 12.9700), null,
                "Coffee, croissants and five-minute pitches.", true),
            (spree.Id, mia, "Remote Tech Talks", "conference", ["tech", "online"], 21, 17, 3, null, "https://meet.example.com/remote-tech-talks",
                "Three talks, streamed live. The link is shown to ticket holders.", true),
        ];

        foreach (var e in demo)
        {
            var starts = today.AddDays(e.Day).AddHours(e.Hour - 1);
            var created = await events.CreateAsync(e.Owner, e.Org, new EventDetails(e.Name, e.Description, e.Category, e.Tags, starts, starts.AddHours(e.Hours),
                "Europe/Berlin", e.Venue, e.Url, EventVisibility.Public), cancellationToken);
            if (e.Publish) await events.PublishAsync(e.Owner, created.Id, cancellationToken);
        }

        // The past concert, still running for an hour so that Ticketing can sell it; PastEventDemoData ends it.
        var concert = await events.CreateAsync(otto, riverside.Id, new EventDetails(DemoPastEvent.Name,
            "An evening of **chamber music** on the river bank, to open the season.", "music", ["classical", "live", "outdoor"],
            today.AddDays(-DemoPastEvent.StartedDaysAgo).AddHours(17), time.GetUtcNow().AddHours(1), "Europe/Berlin",
            new Venue("Isar Riverside Stage", "Erhardtstraße 10", "Munich", 48.1313, 11.5802), null, EventVisibility.Public), cancellationToken);
        await events.PublishAsync(otto, concert.Id, cancellationToken);

        // Made and published weeks ago, before the crowd's tickets sold (DemoHistory); only these events exist yet.
        var published = today.AddDays(-DemoHistory.PublishedDaysAgo);
        await db.Events.ExecuteUpdateAsync(s => s.SetProperty(e => e.CreatedAt, published.AddDays(-3)), cancellationToken);
        await db.Events.Where(e => e.PublishedAt != null).ExecuteUpdateAsync(s => s.SetProperty(e => e.PublishedAt, (DateTimeOffset?)published), cancellationToken);
    }

    /// <summary>A demo organization and its owner, found through the Organizations context (which seeds them first).</summary>
    private async Task<(OrganizationMembership Organization, Actor Owner)> OrganizationOfAsync(DemoAccount owner, string name, CancellationToken cancellationToken)
    {
        var account = await accounts.FindAccountByEmailAsync(owner.Email, cancellationToken)
            ?? throw new InvalidOperationException("Demo accounts are seeded first.");
        var actor = new Actor(account.Id);
        return ((await organizations.ListMineAsync(actor, cancellationToken)).Single(o => o.Name == name), actor);
    }
}
