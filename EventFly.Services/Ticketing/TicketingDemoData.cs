using EventFly.Domain.Common;
using EventFly.Domain.Ticketing;
using EventFly.Services.Common;
using EventFly.Services.DemoData;
using EventFly.Services.Events.Contracts;
using EventFly.Services.Identity.Contracts;
using EventFly.Services.Persistence;
using Microsoft.EntityFrameworkCore;
using EventFly.Services.Ticketing.Contracts;
using EventFly.Services.Ticketing.Persistence;

namespace EventFly.Services.Ticketing;

/// <summary>
/// Ticket types for the demo events (free, paid, VIP, an almost sold-out workshop), a ticket for the demo participant, and the
/// past concert's tickets for her and the raters (the crowd's come from <see cref="SalesHistoryDemoData"/>).
/// </summary>
internal sealed class TicketingDemoData(
    TicketingData db, ITicketCatalog catalog, IOrderPlacement orders, IEventService eventService, IProfileService accounts) : IDemoDataContributor
{
    public int Order => 30;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await db.TicketTypes.AnyAsync(cancellationToken)) return;
        // The demo events, through the Events context's interface (not its tables).
        var events = (await eventService.SearchAsync(new EventSearch(null, null, null, null, null, null, null, "date", 1, 100), cancellationToken)).Items;
        foreach (var e in events)
        {
            // Each organization's owner sets up its ticket types, as in the portal.
            var owner = await accounts.ActorOfAsync(e.OrganizationName == DemoOrganizations.Spree ? DemoAccounts.Manager : DemoAccounts.Organizer, cancellationToken);
            foreach (var (name, price, capacity, access) in TypesFor(e.Name))
                await catalog.CreateTicketTypeAsync(owner, e.Id,
                    new TicketTypeDetails(name, null, new Money(price, "EUR"), capacity, null, null, 1, access == "VIP" ? 4 : 10, access, false, null), cancellationToken);
        }

        var meetup = events.FirstOrDefault(e => e.Name == "Blazor & .NET Meetup");
        if (meetup is not null)
        {
            var ada = await accounts.ActorOfAsync(DemoAccounts.Participant, cancellationToken);
            var free = (await catalog.ListTicketTypesAsync(ada, meetup.Id, cancellationToken)).Items[0];
            await orders.PlaceOrderAsync(ada, meetup.Id, [new OrderLineRequest(free.Id, 1)], "demo-ticket", cancellationToken);
        }

        // The past concert (still running while the demo data is made, see DemoPastEvent): a ticket for Ada and each rater.
        var concert = events.FirstOrDefault(e => e.Name == DemoPastEvent.Name);
        if (concert is not null)
        {
            foreach (var holder in (DemoAccount[])[DemoAccounts.Participant, .. DemoAccounts.Raters])
            {
                var buyer = await accounts.ActorOfAsync(holder, cancellationToken);
                // The cheapest comes first: the free lawn.
                var lawn = (await catalog.ListTicketTypesAsync(buyer, concert.Id, cancellationToken)).Items[0];
                await orders.PlaceOrderAsync(buyer, concert.Id, [new OrderLineRequest(lawn.Id, 1)], $"demo-concert-{holder.Email}", cancellationToken);
            }
        }
    }

    private static (string Name, decimal Price, int Capacity, string Access)[] TypesFor(string eventName) => eventName switch
    {
        DemoHistory.JazzNight => [("Standing", 18m, 300, "General"), ("VIP lounge", 45m, 20, "VIP")],
        "Open-Air Cinema: Classics" => [("Deck chair", 12m, 150, "General")],
        "Data Engineering Workshop" => [("Workshop seat", 89m, 3, "General")],
        DemoPastEvent.Name => [("Lawn", 0m, 200, "General"), ("Reserved seat", 24m, 120, "General"), ("Patron", 60m, 16, "VIP")],
        _ => [("Free entry", 0m, 200, "General")],
    };
}
