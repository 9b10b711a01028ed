using System.Diagnostics;
using EventFly.Domain.Common;
using EventFly.Domain.Events;
using EventFly.Domain.Organizations;
using EventFly.Domain.Ticketing;
using EventFly.Services.Analytics.Contracts;
using EventFly.Services.Common;
using EventFly.Services.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EventFly.Bench;

/// <summary>
/// Analytics dashboards of a big event (N one-ticket orders over 30 days, most checked in at the door) and of its
/// organization (E events), in a SQLite file: the read models are built by a rebuild (timed), then the event and the
/// organization dashboards are asked for as their organizer. Writes bench/results/analytics.json.
/// </summary>
internal static class AnalyticsBench
{
    public static async Task RunAsync(string[] args)
    {
        var orderCount = args.IntAt(0, 50_000);
        var checkInCount = args.IntAt(1, 40_000);
        var eventCount = args.IntAt(2, 200);
        var queryCount = args.IntAt(3, 100);
        await using var services = new BenchServices();

        var organizer = new Actor(Guid.NewGuid());
        Guid bigEvent, organizationId;
        await using (var scope = services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<IDatabaseMigrator>().MigrateAsync(default);
            var db = scope.ServiceProvider.GetRequiredService<EventFlyDbContext>();
            var now = DateTimeOffset.UtcNow;
            var organization = Organization.Create("Bench", organizer.UserId, now);
            db.Add(organization);
            organizationId = organization.Id;
            var events = new List<(Event Event, TicketType Type)>();
            for (var i = 0; i < eventCount; i++)
            {
                var starts = i == 0 ? now.AddDays(5) : now.AddDays(-50 + 100.0 * i / eventCount);
                var e = Event.Create(organization.Id, new EventDetails($"Night {i}", "Many people.", EventCategories.All[0], [], starts, starts.AddHours(3),
                    "Europe/Berlin", new Venue("Arena", null, "Berlin", 52.5, 13.4), null, EventVisibility.Public), now.AddDays(-60));
                e.Publish(now.AddDays(-59));
                e.ClearDomainEvents();
                var capacity = i == 0 ? orderCount : 100;
                var type = TicketType.Create(e.Id, new TicketTypeDetails("Standing", null, new Money(20, "EUR"), capacity, null, null, 1, 10, null, false, null), now);
                db.AddRange(e, type);
                events.Add((e, type));
            }
            await db.SaveChangesAsync();
            bigEvent = events[0].Event.Id;

            // The big event's orders over 30 days, the others' 50 each; all paid on placing.
            async Task OrdersAsync(Event e, TicketType type, int count)
            {
                for (var batch = 0; batch < count; batch += 2_000)
                {
                    for (var i = batch; i < Math.Min(count, batch + 2_000); i++)
                    {
                        var placed = e.StartsAt.AddDays(-30) + TimeSpan.FromDays(30.0 * i / count);
                        var order = Order.Place(e.Id, Guid.NewGuid(), [(type, 1)], placed, TimeSpan.FromMinutes(15));
                        order.Confirm(placed);
                        db.Add(order);
                    }
                    await db.SaveChangesAsync();
                    db.ChangeTracker.Clear();
                }
            }
            await OrdersAsync(events[0].Event, events[0].Type, orderCount);
            foreach (var (e, type) in events.Skip(1)) await OrdersAsync(e, type, 50);

            var door = events[0].Event.StartsAt.AddMinutes(-45);
            var tickets = await db.Set<Ticket>().Where(t => db.Set<Order>().Any(o => o.Id == t.OrderId && o.EventId == bigEvent)).Select(t => t.Id)
                .Take(checkInCount).ToListAsync();
            for (var i = 0; i < tickets.Count; i += 2_000)
            {
                var chunk = tickets.Skip(i).Take(2_000).ToList();
                var at = door + TimeSpan.FromMinutes(90.0 * i / tickets.Count);
                await db.Set<Ticket>().Where(t => chunk.Contains(t.Id)).ExecuteUpdateAsync(s => s.SetProperty(t => t.CheckedInAt, at));
            }
        }

        RebuildReport rebuilt;
        await using (var scope = services.CreateAsyncScope())
            rebuilt = await scope.ServiceProvider.GetRequiredService<IAnalyticsRebuild>().RebuildAsync(default);

        async Task<(double P50, double P95)> MeasureAsync(Func<IAnalyticsService, Task> query)
        {
            var times = new List<double>();
            for (var i = -5; i < queryCount; i++)
            {
                await using var scope = services.CreateAsyncScope();
                var analytics = scope.ServiceProvider.GetRequiredService<IAnalyticsService>();
                var watch = Stopwatch.StartNew();
                await query(analytics);
                if (i >= 0) times.Add(watch.Elapsed.TotalMilliseconds);
            }
            times.Sort();
            return (Math.Round(times[times.Count / 2], 2), Math.Round(times[(int)(times.Count * 0.95)], 2));
        }

        var eventDashboard = await MeasureAsync(a => a.GetEventAsync(organizer, bigEvent, AnalyticsRange.All, default));
        var eventMonth = await MeasureAsync(a => a.GetEventAsync(organizer, bigEvent,
            new AnalyticsRange(DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-30)), DateOnly.FromDateTime(DateTime.UtcNow)), default));
        var organizationDashboard = await MeasureAsync(a => a.GetOrganizationAsync(organizer, organizationId, AnalyticsRange.All, default));
        var platform = await MeasureAsync(a => a.GetPlatformAsync(new Actor(Guid.NewGuid(), IsPlatformAdmin: true), AnalyticsRange.All, default));

        await BenchResults.WriteAsync("analytics", new
        {
            benchmark = "analytics",
            machine = $"{Environment.ProcessorCount} cores, {Environment.OSVersion}",
            orders = orderCount,
            checkIns = checkInCount,
            events = eventCount,
            queriesPerCase = queryCount,
            rebuild = new { integrationEvents = rebuilt.EventsReplayed, seconds = Math.Round(rebuilt.Duration.TotalSeconds, 1) },
            msP50P95 = new
            {
                eventDashboard = new[] { eventDashboard.P50, eventDashboard.P95 },
                eventDashboardLast30Days = new[] { eventMonth.P50, eventMonth.P95 },
                organizationDashboard = new[] { organizationDashboard.P50, organizationDashboard.P95 },
                platformDashboard = new[] { platform.P50, platform.P95 },
            },
        });
    }
}
