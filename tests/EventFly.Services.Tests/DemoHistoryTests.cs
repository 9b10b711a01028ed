using EventFly.Domain.Engagement;
using EventFly.Domain.Events;
using EventFly.Domain.Feedback;
using EventFly.Domain.Ticketing;
using EventFly.Services.DemoData;
using EventFly.Services.Identity.Contracts;
using EventFly.Services.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EventFly.Services.Tests;

/// <summary>The demo data's history for analytics (issue 15): weeks of the crowd's orders, the concert's door, its feedback.</summary>
public sealed class DemoHistoryTests(DemoHistoryTests.SeededTwice seeded) : IClassFixture<DemoHistoryTests.SeededTwice>
{
    private static readonly string[] HistoryEvents = [DemoPastEvent.Name, DemoHistory.JazzNight, DemoHistory.FoodMarket];

    [Fact]
    public void SeedingTwice_AddsNothing()
    {
        Assert.Equal(seeded.First, seeded.Second);
    }

    [Fact]
    public async Task CrowdOrders_SpreadOverWeeksBeforeNow_WithSomeCancelledAndAbandoned()
    {
        var (events, orders) = await seeded.Services.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<EventFlyDbContext>();
            var crowd = await CrowdIdsAsync(sp);
            return (await db.Set<Event>().Where(e => HistoryEvents.Contains(e.Name)).ToListAsync(),
                await db.Set<Order>().Include(o => o.Tickets).Where(o => crowd.Contains(o.BuyerId)).ToListAsync());
        });
        Assert.Equal(3, events.Count);
        var now = DateTimeOffset.UtcNow;
        foreach (var e in events)
        {
            var of = orders.Where(o => o.EventId == e.Id).ToList();
            Assert.InRange(of.Count(o => o.Status == OrderStatus.Confirmed), 35, 80);
            Assert.InRange(of.Count(o => o.Status == OrderStatus.Cancelled), 2, 5);
            Assert.All(of, o => Assert.InRange(o.CreatedAt, e.PublishedAt!.Value, e.HasEnded(now) ? e.StartsAt : now));
            // Tickets are issued when paid, seconds to minutes after the order.
            Assert.All(of.SelectMany(o => o.Tickets), t => Assert.InRange(t.IssuedAt - of.Single(o => o.Id == t.OrderId).CreatedAt, TimeSpan.Zero, TimeSpan.FromMinutes(5)));
            Assert.All(of.Where(o => o.Status == OrderStatus.Cancelled), o => Assert.InRange(o.ClosedAt!.Value, o.CreatedAt, e.StartsAt));
        }
        // Paid events have checkouts that were left unpaid: no tickets, the hold ended.
        var abandoned = orders.Where(o => o.Status == OrderStatus.Expired).ToList();
        Assert.InRange(abandoned.Count, 3, 6);
        Assert.All(abandoned, o => Assert.True(o.Tickets.Count == 0 && o.TotalAmount > 0 && o.ClosedAt == o.ExpiresAt));

        // The concert's shape: a spike when sales open, a rush in its last days, quieter in between.
        var concert = events.Single(e => e.Name == DemoPastEvent.Name);
        var sold = orders.Where(o => o.EventId == concert.Id).Select(o => o.CreatedAt).ToList();
        var (opening, middle, rush) = (sold.Count(t => t < sold.Min().AddDays(2)), sold.Count(t => t > concert.StartsAt.AddDays(-20) && t < concert.StartsAt.AddDays(-10)),
            sold.Count(t => t > concert.StartsAt.AddDays(-5)));
        Assert.True(opening > middle / 2 && rush > middle / 2, $"opening {opening}, middle ten days {middle}, last five days {rush}");
    }

    [Fact]
    public async Task SoldCounters_MatchTheTicketsOfConfirmedOrders_AndNoTypeIsOversold()
    {
        var types = await seeded.Services.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<EventFlyDbContext>();
            return await db.Set<TicketType>().Select(t => new
            {
                t.Name, t.Capacity, t.Sold, t.Held,
                Tickets = db.Set<Ticket>().Count(k => k.TicketTypeId == t.Id && db.Set<Order>().Any(o => o.Id == k.OrderId && o.Status == OrderStatus.Confirmed)),
            }).ToListAsync();
        });
        Assert.All(types, t => Assert.Equal((t.Name, t.Tickets, 0), (t.Name, t.Sold, t.Held)));
        Assert.All(types, t => Assert.True(t.Sold <= t.Capacity, t.Name));
        Assert.True(types.Where(t => t.Name is "Lawn" or "Reserved seat" or "Patron" or "Standing" or "VIP lounge").All(t => t.Sold > 0));
    }

    [Fact]
    public async Task Concert_HasMostTicketsCheckedInAroundItsStart_ByItsDoorStaff()
    {
        var (concert, tickets, staff) = await seeded.Services.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<EventFlyDbContext>();
            var e = await db.Set<Event>().SingleAsync(x => x.Name == DemoPastEvent.Name);
            var all = await db.Set<Order>().Where(o => o.EventId == e.Id && o.Status == OrderStatus.Confirmed).SelectMany(o => o.Tickets).ToListAsync();
            var profiles = sp.GetRequiredService<IProfileService>();
            return (e, all, new[] { (await profiles.FindAccountByEmailAsync(DemoAccounts.DoorStaff.Email, default))!.Id,
                (await profiles.FindAccountByEmailAsync(DemoAccounts.BoxOffice.Email, default))!.Id });
        });
        var scanned = tickets.Where(t => t.CheckedInAt is not null).ToList();
        Assert.InRange((double)scanned.Count / tickets.Count, 0.79, 0.81);
        Assert.All(scanned, t => Assert.InRange(t.CheckedInAt!.Value, concert.StartsAt.AddMinutes(-45), concert.StartsAt.AddMinutes(47)));
        Assert.All(scanned, t => Assert.Contains(t.CheckedInBy!.Value, staff));
        // Most arrive in the half hour around the start.
        Assert.True(scanned.Count(t => Math.Abs((t.CheckedInAt!.Value - concert.StartsAt).TotalMinutes) <= 15) > scanned.Count / 2);
    }

    [Fact]
    public async Task Ada_KeepsHerTwoTickets_Unscanned()
    {
        var tickets = await seeded.Services.InScopeAsync(async sp =>
        {
            var ada = (await sp.GetRequiredService<IProfileService>().FindAccountByEmailAsync(DemoAccounts.Participant.Email, default))!.Id;
            return await sp.GetRequiredService<EventFlyDbContext>().Set<Order>().Where(o => o.BuyerId == ada)
                .Select(o => new { o.Status, Tickets = o.Tickets.Count, Scanned = o.Tickets.Count(t => t.CheckedInAt != null) }).ToListAsync();
        });
        Assert.Equal(2, tickets.Count);
        Assert.All(tickets, o => Assert.Equal((OrderStatus.Confirmed, 1, 0), (o.Status, o.Tickets, o.Scanned)));
    }

    [Fact]
    public async Task Concert_IsRatedByAboutHalfOfTheCrowdAtItsDoor_InTheDaysAfterIt()
    {
        var (concert, feedback, scanned) = await seeded.Services.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<EventFlyDbContext>();
            var crowd = await CrowdIdsAsync(sp);
            var e = await db.Set<Event>().SingleAsync(x => x.Name == DemoPastEvent.Name);
            return (e, await db.Set<EventFeedback>().Where(f => f.EventId == e.Id && crowd.Contains(f.UserId)).ToListAsync(),
                await ScannedInAsync(db, e.Id, crowd));
        });
        Assert.InRange((double)feedback.Count / scanned.Count, 0.35, 0.75);
        Assert.All(feedback, f => Assert.Contains(f.UserId, scanned));
        Assert.All(feedback, f => Assert.InRange(f.CreatedAt, concert.EndsAt.AddHours(1), concert.EndsAt.AddDays(7)));
        Assert.True(feedback.Count(f => f.Rating >= 4) > 2 * feedback.Count(f => f.Rating <= 3), "mostly happy");
        Assert.InRange(feedback.Count(f => f.Comment is not null), 3, feedback.Count - 3);
        Assert.Contains(feedback, f => f.ContentRating is not null && f.VenueRating is not null);
    }

    [Fact]
    public async Task ConcertChannel_HasPostsReactionsCommentsAndAClosedPoll_FromTheCrowdAtItsDoor()
    {
        var (concert, channel, scanned) = await seeded.Services.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<EventFlyDbContext>();
            var e = await db.Set<Event>().SingleAsync(x => x.Name == DemoPastEvent.Name);
            var posts = await db.Set<Post>().Where(p => p.EventId == e.Id).ToListAsync();
            var postIds = posts.Select(p => p.Id).ToList();
            var poll = await db.Set<Poll>().Include(p => p.Options).SingleAsync(p => p.EventId == e.Id);
            return (e, (Posts: posts, Reactions: await db.Set<Reaction>().Where(r => postIds.Contains(r.PostId)).ToListAsync(),
                Comments: await db.Set<Comment>().Where(c => c.EventId == e.Id).ToListAsync(), Poll: poll,
                Ballots: await db.Set<Ballot>().Where(b => b.PollId == poll.Id).ToListAsync()), await ScannedInAsync(db, e.Id, null));
        });
        Assert.Equal(4, channel.Posts.Count);
        Assert.Single(channel.Posts, p => p.IsPinned);
        Assert.All(channel.Posts, p => Assert.True(p.PublishAt < concert.EndsAt.AddHours(1)));
        Assert.True(channel.Reactions.Count > 10, $"{channel.Reactions.Count} reactions");
        Assert.All(channel.Reactions, r => Assert.Contains(r.UserId, scanned));
        Assert.Equal(8, channel.Comments.Count);
        Assert.Equal(PollStatus.Closed, channel.Poll.Status);
        Assert.InRange((double)channel.Ballots.Count / channel.Reactions.Select(r => r.UserId).Union(channel.Ballots.Select(b => b.UserId)).Count(), 0.3, 1);
        Assert.Equal(channel.Ballots.Count, channel.Poll.BallotCount);
        Assert.Equal(channel.Ballots.Count, channel.Poll.Options.Sum(o => o.Votes));
        Assert.All(channel.Ballots, b => Assert.Contains(b.UserId, scanned));
        Assert.All(channel.Ballots, b => Assert.InRange(b.CastAt, channel.Poll.OpenedAt!.Value, channel.Poll.ClosedAt!.Value));
    }

    /// <summary>Who had a ticket of the event scanned at its door (of <paramref name="among"/>, when given).</summary>
    private static async Task<List<Guid>> ScannedInAsync(EventFlyDbContext db, Guid eventId, List<Guid>? among) =>
        await db.Set<Order>().Where(o => o.EventId == eventId && o.Status == OrderStatus.Confirmed && o.Tickets.Any(t => t.CheckedInAt != null)
            && (among == null || among.Contains(o.BuyerId))).Select(o => o.BuyerId).Distinct().ToListAsync();

    private static async Task<List<Guid>> CrowdIdsAsync(IServiceProvider sp)
    {
        var emails = DemoAccounts.Crowd.Select(a => a.Email.ToUpperInvariant()).ToList();
        return await sp.GetRequiredService<EventFlyDbContext>().Users.Where(u => emails.Contains(u.NormalizedEmail!)).Select(u => u.Id).ToListAsync();
    }

    /// <summary>The demo data seeded on one database, then seeded again; the counts of its history rows after each.</summary>
    public sealed class SeededTwice : IAsyncLifetime
    {
        internal SqliteServices Services { get; } = new(new Dictionary<string, string?> { ["EventFly:DemoData"] = "true" });

        public string First { get; private set; } = "";

        public string Second { get; private set; } = "";

        public async ValueTask InitializeAsync()
        {
            await Services.InitializeAsync();
            First = await CountsAsync();
            await Services.InitializeAsync();
            Second = await CountsAsync();
        }

        public ValueTask DisposeAsync() => Services.DisposeAsync();

        private Task<string> CountsAsync() => Services.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<EventFlyDbContext>();
            return string.Join(", ", $"users {await db.Users.CountAsync()}", $"orders {await db.Set<Order>().CountAsync()}",
                $"tickets {await db.Set<Ticket>().CountAsync()}", $"scanned {await db.Set<Ticket>().CountAsync(t => t.CheckedInAt != null)}",
                $"sold {await db.Set<TicketType>().SumAsync(t => t.Sold)}", $"feedback {await db.Set<EventFeedback>().CountAsync()}",
                $"posts {await db.Set<Post>().CountAsync()}", $"reactions {await db.Set<Reaction>().CountAsync()}",
                $"comments {await db.Set<Comment>().CountAsync()}", $"ballots {await db.Set<Ballot>().CountAsync()}");
        });
    }
}
