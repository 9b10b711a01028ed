using EventFly.Domain.Common;
using EventFly.Domain.Ticketing;
using EventFly.Services.DemoData;
using EventFly.Services.Events.Contracts;
using EventFly.Services.Identity.Contracts;
using EventFly.Services.Persistence;
using Microsoft.EntityFrameworkCore;
using EventFly.Services.Ticketing.Contracts;
using EventFly.Services.Ticketing.Persistence;

namespace EventFly.Services.Ticketing;

/// <summary>Ticket types for the demo events (free, paid, VIP, an almost sold-out workshop) and a ticket for the demo participant.</summary>
internal sealed class TicketingDemoData(TicketingData db, ITicketingService ticketing, IEventService eventService, IProfileService accounts) : IDemoDataContributor
{
    public int Order => 30;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await db.TicketTypes.AnyAsync(cancellationToken)) return;
        // The demo events, through the Events context's interface (not its tables).
        var events = (await eventService.SearchAsync(new EventSearch(null, null, null, null, null, null, null, "date", 1, 100), cancellationToken)).Items;
        foreach (var e in events)
            foreach (var (name, price, capacity, access) in TypesFor(e.Name))
                await ticketing.CreateTicketTypeAsync(e.Id,
                    new TicketTypeDetails(name, null, new Money(price, "EUR"), capacity, null, null, 1, access == "VIP" ? 4 : 10, access, false, null), cancellationToken);

        var meetup = events.FirstOrDefault(e => e.Name == "Blazor & .NET Meetup");
        var ada = await accounts.FindAccountByEmailAsync(DemoAccounts.Participant.Email, cancellationToken);
        if (meetup is not null && ada is not null)
        {
            var free = (await ticketing.ListTicketTypesAsync(meetup.Id, includeHidden: false, cancellationToken))[0];
            await ticketing.PlaceOrderAsync(meetup.Id, ada.Id, [new OrderLineRequest(free.Id, 1)], "demo-ticket", cancellationToken);
        }
    }

    private static (string Name, decimal Price, int Capacity, string Access)[] TypesFor(string eventName) => eventName switch
    {
        "Riverside Jazz Night" => [("Standing", 18m, 300, "General"), ("VIP lounge", 45m, 20, "VIP")],
        "Open-Air Cinema: Classics" => [("Deck chair", 12m, 150, "General")],
        "Data Engineering Workshop" => [("Workshop seat", 89m, 3, "General")],
        _ => [("Free entry", 0m, 200, "General")],
    };
}
