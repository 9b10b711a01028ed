using EventFly.Domain.Ticketing;
using EventFly.Services.DemoData;
using EventFly.Services.Events.Contracts;
using EventFly.Services.Identity.Contracts;
using EventFly.Services.Persistence;
using EventFly.Services.Ticketing.Persistence;
using Microsoft.EntityFrameworkCore;

namespace EventFly.Services.Ticketing;

/// <summary>
/// Weeks of sales for analytics to show (<see cref="DemoHistory"/>): the crowd's orders for the past concert over the four
/// weeks before it and for two upcoming Riverside events over the last weeks (a spike when sales open, a quiet middle, a rush
/// as the date nears; a few cancelled, a few checkouts abandoned), and the concert's door: four in five of its tickets
/// scanned from 45 minutes before its start to 45 after. Orders are made by the domain at their past times and take their
/// seats through the <see cref="SeatLedger"/> as placing, paying and cancelling do, so the sold counters match the tickets.
/// Being history, they announce nothing: no e-mails, no bell entries, no integration events (Analytics reads the tables).
/// Ada's and the raters' concert tickets (<see cref="TicketingDemoData"/>) are left as they are.
/// </summary>
internal sealed class SalesHistoryDemoData(
    TicketingData db, WriteTransactions writes, SeatLedger seats, IEventService events, IProfileService accounts, TimeProvider time) : IDemoDataContributor
{
    private static readonly SalesPlan[] Plans =
    [
        new(DemoPastEvent.Name, DemoHistory.ConcertSalesDays, Orders: 74, Cancelled: 4, Abandoned: 2,
            new Dictionary<string, double> { ["Lawn"] = 0.5, ["Reserved seat"] = 0.38, ["Patron"] = 0.12 }),
        new(DemoHistory.JazzNight, DemoHistory.JazzNightSalesDays, Orders: 62, Cancelled: 3, Abandoned: 3,
            new Dictionary<string, double> { ["Standing"] = 0.88, ["VIP lounge"] = 0.12 }),
        new(DemoHistory.FoodMarket, DemoHistory.FoodMarketSalesDays, Orders: 42, Cancelled: 3, Abandoned: 0,
            new Dictionary<string, double> { ["Free entry"] = 1 }),
    ];

    /// <summary>How many tickets a general order has: mostly one or two.</summary>
    private static readonly (int Quantity, double Weight)[] GroupSizes = [(1, 0.4), (2, 0.38), (3, 0.1), (4, 0.12)];

    /// <summary>After Ada's and the raters' tickets, before Engagement and Feedback look for the concert's attendees.</summary>
    public int Order => 35;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var crowd = await accounts.CrowdIdsAsync(cancellationToken);
        if (crowd.Count == 0 || await db.Orders.AnyAsync(o => crowd.Contains(o.BuyerId), cancellationToken)) return;
        // Published events that have not ended: the concert only on the first start (while it still "runs", see DemoPastEvent).
        var found = (await events.SearchAsync(new EventSearch(null, null, null, null, null, null, null, "date", 1, 100), cancellationToken)).Items;
        var now = time.GetUtcNow();
        var dice = new DemoDice(15);
        foreach (var plan in Plans)
        {
            if (found.FirstOrDefault(e => e.Name == plan.EventName) is not { } hit) continue;
            var zone = TimeZoneInfo.TryFindSystemTimeZoneById(hit.TimeZone, out var z) ? z : TimeZoneInfo.Utc;
            var past = plan.EventName == DemoPastEvent.Name;
            var opens = MorningOf((past ? hit.StartsAt : now).AddDays(-plan.SalesDays), zone);
            var closes = past ? hit.StartsAt.AddHours(-1) : now.AddMinutes(-10);

            await using var transaction = await writes.BeginAsync(cancellationToken);
            await SellAsync(hit, plan, crowd, SalesCurve.Spread(dice, plan.Orders + plan.Abandoned, opens, closes, hit.StartsAt, zone), closes, dice, cancellationToken);
            if (past) await CheckInAsync(hit.Id, hit.StartsAt, dice, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
    }

    private async Task SellAsync(
        EventSearchHit hit, SalesPlan plan, IReadOnlyList<Guid> crowd, IReadOnlyList<DateTimeOffset> times, DateTimeOffset closes, DemoDice dice,
        CancellationToken cancellationToken)
    {
        var types = await db.TicketTypes.AsNoTracking().Where(t => t.EventId == hit.Id).ToListAsync(cancellationToken);
        var left = types.ToDictionary(t => t.Id, t => t.Available);
        // Any order may be a checkout left unpaid; only one placed two days before sales close is cancelled later.
        var abandoned = Draw(dice, times.Count, plan.Abandoned, _ => true);
        var cancelled = Draw(dice, times.Count, plan.Cancelled, i => !abandoned.Contains(i) && times[i] < closes.AddDays(-2));
        var latestCancel = closes < hit.StartsAt.AddDays(-1) ? closes : hit.StartsAt.AddDays(-1);
        for (var i = 0; i < times.Count; i++)
        {
            var lines = LinesFor(plan, types, left, dice, paidOnly: abandoned.Contains(i));
            if (lines.Count == 0) continue;
            var placed = times[i];
            var order = Domain.Ticketing.Order.Place(hit.Id, dice.Pick(crowd), lines, placed, OrderPlacement.HoldFor);
            foreach (var (type, quantity) in lines) await seats.TakeAsync(type, quantity, sell: order.SellsSeats, cancellationToken);
            if (abandoned.Contains(i))
            {
                order.Expire(order.ExpiresAt!.Value);
                foreach (var (type, quantity) in lines) await seats.ReleaseAsync(type.Id, quantity, sold: false, cancellationToken);
            }
            else
            {
                if (order.HoldsSeats)
                {
                    foreach (var (type, quantity) in lines) await seats.SellHeldAsync(type.Id, quantity, cancellationToken);
                    order.Confirm(placed.AddSeconds(dice.Between(40, 240)));
                }
                if (cancelled.Contains(i))
                {
                    var at = placed.AddHours(dice.Between(6, 7 * 24));
                    order.Cancel(at < latestCancel ? at : placed + ((latestCancel - placed) * dice.Next()));
                    foreach (var (type, quantity) in lines) await seats.ReleaseAsync(type.Id, quantity, sold: true, cancellationToken);
                }
                else
                {
                    foreach (var (type, quantity) in lines) left[type.Id] -= quantity;
                }
            }
            db.Add(order);
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// Four in five of the concert's tickets scanned at the door, by Cara and Ben, most around the start; a group arrives
    /// together, now and then without one of its members. Only the crowd's: Ada's and the raters' tickets were issued after the
    /// start (see <see cref="DemoPastEvent"/>), so they stay unscanned. The same conditional update as a scan at the door.
    /// </summary>
    private async Task CheckInAsync(Guid eventId, DateTimeOffset startsAt, DemoDice dice, CancellationToken cancellationToken)
    {
        var door = (await accounts.ActorOfAsync(DemoAccounts.DoorStaff, cancellationToken)).UserId;
        var boxOffice = (await accounts.ActorOfAsync(DemoAccounts.BoxOffice, cancellationToken)).UserId;
        var orders = await db.Orders.AsNoTracking().Include(o => o.Tickets)
            .Where(o => o.EventId == eventId && o.Status == OrderStatus.Confirmed).ToListAsync(cancellationToken);
        var wanted = (int)Math.Round(0.8 * orders.Sum(o => o.Tickets.Count));
        var scanned = 0;
        // Who came, in a random order: everyone until four in five of the tickets are in; the rest did not show up.
        foreach (var order in orders.Where(o => o.CreatedAt < startsAt).OrderBy(o => o.CreatedAt).ThenBy(o => o.Id).OrderBy(_ => dice.Next()))
        {
            if (scanned == wanted) break;
            var arrives = startsAt.AddMinutes(dice.Triangular(-45, -5, 45));
            var staff = dice.Chance(0.7) ? door : boxOffice;
            var missing = order.Tickets.Count > 1 && dice.Chance(0.1) ? 1 : 0;
            var tickets = order.Tickets.OrderBy(t => t.Id).Skip(missing).Take(wanted - scanned).ToList();
            for (var k = 0; k < tickets.Count; k++)
            {
                var (id, at) = (tickets[k].Id, arrives.AddSeconds(k * dice.Between(4, 30)));
                await db.Tickets.Where(t => t.Id == id && t.CheckedInAt == null)
                    .ExecuteUpdateAsync(s => s.SetProperty(t => t.CheckedInAt, at).SetProperty(t => t.CheckedInBy, staff), cancellationToken);
            }
            scanned += tickets.Count;
        }
    }

    /// <summary>One type as the plan's shares say (a checkout left unpaid was for paid tickets), now and then with a second.</summary>
    private static List<(TicketType Type, int Quantity)> LinesFor(
        SalesPlan plan, IReadOnlyList<TicketType> types, Dictionary<Guid, int> left, DemoDice dice, bool paidOnly)
    {
        var open = types.Where(t => plan.Shares.ContainsKey(t.Name) && left[t.Id] >= t.MinPerOrder && (!paidOnly || t.PriceAmount > 0)).ToList();
        if (open.Count == 0) return [];
        var type = dice.PickWeighted([.. open.Select(t => (t, plan.Shares[t.Name]))]);
        var wanted = type.AccessLevel == "VIP" ? dice.Between(1, 2) : dice.PickWeighted(GroupSizes);
        List<(TicketType Type, int Quantity)> lines = [(type, Math.Min(wanted, Math.Min(left[type.Id], type.MaxPerOrder)))];
        // A group that mixes two kinds of ticket, e.g. two reserved seats and a lawn ticket.
        if (!paidOnly && dice.Chance(0.06) && open.FirstOrDefault(t => t != type && t.AccessLevel != "VIP" && left[t.Id] >= 2) is { } second)
            lines.Add((second, dice.Between(1, 2)));
        return lines;
    }

    /// <summary><paramref name="count"/> distinct indexes below <paramref name="of"/> that <paramref name="allowed"/> accepts (fewer if not enough do).</summary>
    private static HashSet<int> Draw(DemoDice dice, int of, int count, Func<int, bool> allowed)
    {
        var candidates = Enumerable.Range(0, of).Where(allowed).ToList();
        var drawn = new HashSet<int>();
        while (drawn.Count < Math.Min(count, candidates.Count)) drawn.Add(dice.Pick(candidates));
        return drawn;
    }

    /// <summary>Ten in the morning, local time, of the day <paramref name="at"/> falls on: when sales open.</summary>
    private static DateTimeOffset MorningOf(DateTimeOffset at, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTime(at, zone);
        var morning = local.Date.AddHours(10);
        return new DateTimeOffset(morning, zone.GetUtcOffset(morning)).ToUniversalTime();
    }

    /// <summary>One event's sales: over how many days, how many orders, and each ticket type's share of them.</summary>
    private sealed record SalesPlan(string EventName, int SalesDays, int Orders, int Cancelled, int Abandoned, IReadOnlyDictionary<string, double> Shares);
}
