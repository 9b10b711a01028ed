using EventFly.Domain.Events;
using EventFly.Services.DemoData;
using EventFly.Services.Events.Contracts;
using EventFly.Services.Identity.Contracts;
using EventFly.Services.Organizations.Contracts;

namespace EventFly.Services.Events;

/// <summary>Ends the past demo concert at its real time, once Ticketing has sold it and Feedback has rated it (<see cref="DemoPastEvent"/>).</summary>
internal sealed class PastEventDemoData(IEventService events, IOrganizationService organizations, IProfileService accounts) : IDemoDataContributor
{
    public int Order => 60;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var otto = await accounts.ActorOfAsync(DemoAccounts.Organizer, cancellationToken);
        if (await events.PastDemoEventAsync(organizations, otto, cancellationToken) is not { } concert) return;
        var endsAt = concert.StartsAt.AddHours(DemoPastEvent.LastsHours);
        if (concert.EndsAt == endsAt) return;
        await events.UpdateAsync(otto, concert.Id, new EventDetails(concert.Name, concert.DescriptionMarkdown, concert.Category, [.. concert.Tags],
            concert.StartsAt, endsAt, concert.TimeZone, concert.Venue, concert.OnlineUrl, concert.Visibility), cancellationToken);
    }
}
