using System.Diagnostics;
using EventFly.Domain.Common;
using EventFly.Domain.Events;
using EventFly.Domain.Identity;
using EventFly.Domain.Organizations;
using EventFly.Domain.Ticketing;
using EventFly.Services.Identity.Contracts;
using EventFly.Services.Persistence;
using EventFly.Services.Common;
using EventFly.Services.Ticketing.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EventFly.Bench;

/// <summary>
/// The organizer's order list and attendee list of one big event (N confirmed one-ticket orders, N buyers) in a
/// SQLite file, through IOrderQueries (as the event's organizer) as the portal and the API call it. Writes bench/results/order-list.json.
/// </summary>
internal static class OrderListBench
{
    public static async Task RunAsync(string[] args)
    {
        var orderCount = args.IntAt(0, 20_000);
        var queryCount = args.IntAt(1, 50);
        await using var services = new BenchServices();

        Guid eventId;
        var organizer = new Actor(Guid.NewGuid());
        await using (var scope = services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<IDatabaseMigrator>().MigrateAsync(default);
            var db = scope.ServiceProvider.GetRequiredService<EventFlyDbContext>();
            var now = DateTimeOffset.UtcNow;
            var organization = Organization.Create("Bench", organizer.UserId, now);
            var starts = now.AddDays(30);
            var e = Event.Create(organization.Id, new EventDetails("Big night", "Many people.", EventCategories.All[0], [], starts, starts.AddHours(3),
                "Europe/Berlin", new Venue("Arena", null, "Berlin", 52.5, 13.4), null, EventVisibility.Public), now);
            e.Publish(now);
            e.ClearDomainEvents();
            var type = TicketType.Create(e.Id, new TicketTypeDetails("Standing", null, Money.Zero("EUR"), orderCount, null, null, 1, 10, null, false, null), now);
            db.AddRange(organization, e, type);
            await db.SaveChangesAsync();
            eventId = e.Id;
            for (var batch = 0; batch < orderCount; batch += 2_000)
            {
                for (var i = batch; i < Math.Min(orderCount, batch + 2_000); i++)
                {
                    var buyer = AppUser.Create($"buyer{i}@bench.eventfly.dev");
                    buyer.Id = Guid.NewGuid();
                    buyer.ApplyProfile(ParticipantProfile.Create($"Buyer {i}", null, null, null, null));
                    db.Add(buyer);
                    db.Add(Order.Place(e.Id, buyer.Id, [(type, 1)], now.AddSeconds(i - orderCount), TimeSpan.FromMinutes(15)));
                }
                await db.SaveChangesAsync();
                db.ChangeTracker.Clear();
            }
        }

        async Task<(double P50, double P95)> MeasureAsync(Func<IOrderQueries, Task> query)
        {
            var times = new List<double>();
            for (var i = -5; i < queryCount; i++)
            {
                await using var scope = services.CreateAsyncScope();
                var orders = scope.ServiceProvider.GetRequiredService<IOrderQueries>();
                var watch = Stopwatch.StartNew();
                await query(orders);
                if (i >= 0) times.Add(watch.Elapsed.TotalMilliseconds);
            }
            times.Sort();
            return (Math.Round(times[times.Count / 2], 2), Math.Round(times[(int)(times.Count * 0.95)], 2));
        }

        var firstPage = await MeasureAsync(t => t.ListOrdersAsync(organizer, eventId, new OrderSearch(null, null, 1, 20), default));
        var lastPage = await MeasureAsync(t => t.ListOrdersAsync(organizer, eventId, new OrderSearch(null, OrderState.Confirmed, orderCount / 20, 20), default));
        var byEmail = await MeasureAsync(t => t.ListOrdersAsync(organizer, eventId, new OrderSearch("buyer1234@", null, 1, 20), default));
        var byName = await MeasureAsync(t => t.ListOrdersAsync(organizer, eventId, new OrderSearch("Buyer 77", null, 1, 20), default));
        var attendees = await MeasureAsync(t => t.ListAttendeesAsync(organizer, eventId, default));

        await BenchResults.WriteAsync("order-list", new
        {
            benchmark = "order-list",
            machine = $"{Environment.ProcessorCount} cores, {Environment.OSVersion}",
            orders = orderCount,
            queriesPerCase = queryCount,
            msP50P95 = new
            {
                firstPage = new[] { firstPage.P50, firstPage.P95 },
                lastPageConfirmed = new[] { lastPage.P50, lastPage.P95 },
                searchByEmail = new[] { byEmail.P50, byEmail.P95 },
                searchByName = new[] { byName.P50, byName.P95 },
                attendeeList = new[] { attendees.P50, attendees.P95 },
            },
        });
    }
}
