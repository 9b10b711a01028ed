using CsCheck;
using EventFly.Domain.Common;
using EventFly.Domain.Events;
using EventFly.Domain.Ticketing;
using EventFly.Domain.Identity;
using EventFly.Services.Events.Contracts;
using EventFly.Services.Identity.Contracts;
using EventFly.Services.Organizations.Contracts;
using EventFly.Services.Ticketing;
using EventFly.Services.Ticketing.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using EventFly.Services.Common;

namespace EventFly.Services.Tests;

/// <summary>Seats, holds, payments and the waitlist on SQLite; <see cref="PostgreSqlTicketingServiceTests"/> runs them on PostgreSQL.</summary>
public class TicketingServiceTests : IAsyncLifetime
{
    private readonly ManualTime _time = new(new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero));
    private readonly SqliteServices _services;
    private Guid _organizerId;
    private Guid _organizationId;

    public TicketingServiceTests() => _services = new SqliteServices(time: _time);

    /// <summary>On another database: <paramref name="settings"/> name its provider and connection string.</summary>
    protected TicketingServiceTests(IDictionary<string, string?> settings) => _services = new SqliteServices(settings, _time);

    public async ValueTask InitializeAsync()
    {
        await _services.InitializeAsync();
        _organizerId = (await _services.CreateUserAsync("organizer@example.com")).Id;
        _organizationId = (await _services.InScopeAsync(sp => sp.GetRequiredService<IOrganizationService>()
            .CreateAsync(new Actor(_organizerId), "Ticket tests", default))).Id;
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task UnpaidOrder_PastItsHold_ReleasesItsSeats_AndALatePaymentRetakesThemIfFree()
    {
        var (eventId, typeId) = await EventWithTypeAsync(capacity: 3, price: 10);
        var buyer = (await _services.CreateUserAsync("late@example.com")).Id;
        var order = await Ticketing(s => s.PlaceOrderAsync(eventId, buyer, [new OrderLineRequest(typeId, 2)], null, default));

        _time.Advance(TimeSpan.FromMinutes(14));
        Assert.Equal(0, await Ticketing(s => s.ExpireHoldsAsync(default)));
        Assert.Equal((0, 2), await CountersAsync(eventId, typeId));

        _time.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(1, await Ticketing(s => s.ExpireHoldsAsync(default)));
        Assert.Equal((0, 0), await CountersAsync(eventId, typeId));
        Assert.Equal(OrderState.Expired, (await Ticketing(s => s.GetOrderAsync(order.Id, buyer, default)))!.Status);

        var paidLate = await Ticketing(s => s.ConfirmPaymentAsync(order.Id, default));
        Assert.Equal(OrderState.Confirmed, paidLate.Status);
        Assert.Equal(2, paidLate.Tickets.Count);
        Assert.Equal((2, 0), await CountersAsync(eventId, typeId));
    }

    [Fact]
    public async Task LatePayment_WhoseSeatsWereResold_IsCancelledAndRefunded()
    {
        var (eventId, typeId) = await EventWithTypeAsync(capacity: 1, price: 10);
        var first = (await _services.CreateUserAsync("slow@example.com")).Id;
        var second = (await _services.CreateUserAsync("fast@example.com")).Id;
        var slow = await Ticketing(s => s.PlaceOrderAsync(eventId, first, [new OrderLineRequest(typeId, 1)], null, default));
        _time.Advance(OrderPlacement.HoldFor);
        await Ticketing(s => s.ExpireHoldsAsync(default));
        var fast = await Ticketing(s => s.PlaceOrderAsync(eventId, second, [new OrderLineRequest(typeId, 1)], null, default));
        await Ticketing(s => s.ConfirmPaymentAsync(fast.Id, default));

        var late = await Ticketing(s => s.ConfirmPaymentAsync(slow.Id, default));

        Assert.Equal(OrderState.Cancelled, late.Status);
        Assert.Empty(late.Tickets);
        Assert.Equal((1, 0), await CountersAsync(eventId, typeId));
        Assert.True(await _services.InScopeAsync(sp => OutboxHasAsync(sp, "payments.refund", slow.Id)));
    }

    [Fact]
    public async Task Waitlist_GetsReturnedSeatsFirst_AndTheOfferLapsesToTheNextInLine()
    {
        var (eventId, typeId) = await EventWithTypeAsync(capacity: 1, price: 0);
        var holder = (await _services.CreateUserAsync("holder@example.com")).Id;
        var firstInLine = (await _services.CreateUserAsync("first@example.com")).Id;
        var secondInLine = (await _services.CreateUserAsync("second@example.com")).Id;
        var order = await Ticketing(s => s.PlaceOrderAsync(eventId, holder, [new OrderLineRequest(typeId, 1)], null, default));
        await Waitlist(w => w.JoinAsync(new Actor(firstInLine), eventId, typeId, 1, default));
        _time.Advance(TimeSpan.FromSeconds(1));
        var second = await Waitlist(w => w.JoinAsync(new Actor(secondInLine), eventId, typeId, 1, default));
        Assert.Equal(2, second.Position);

        await Ticketing(s => s.CancelOrderAsync(order.Id, holder, default));
        var offered = (await Waitlist(w => w.ListMineAsync(new Actor(firstInLine), eventId, default))).Single();
        Assert.Equal(WaitlistState.Offered, offered.Status);
        Assert.Equal((0, 1), await CountersAsync(eventId, typeId));
        await Assert.ThrowsAsync<DomainException>(() => Ticketing(s => s.PlaceOrderAsync(eventId, holder, [new OrderLineRequest(typeId, 1)], null, default)));

        _time.Advance(TicketMails.WaitlistOfferValidity);
        await Ticketing(s => s.ExpireHoldsAsync(default));
        var nowOffered = (await Waitlist(w => w.ListMineAsync(new Actor(secondInLine), eventId, default))).Single();
        Assert.Equal(WaitlistState.Offered, nowOffered.Status);
        Assert.Empty(await Waitlist(w => w.ListMineAsync(new Actor(firstInLine), eventId, default)));
        await Assert.ThrowsAsync<DomainException>(() => Waitlist(w => w.ClaimAsync(new Actor(firstInLine), offered.Id, default)));

        var claimed = await Waitlist(w => w.ClaimAsync(new Actor(secondInLine), nowOffered.Id, default));
        Assert.Equal(OrderState.Confirmed, claimed.Status);
        Assert.Equal((1, 0), await CountersAsync(eventId, typeId));
    }

    [Fact]
    public async Task JoiningAWaitlist_ThatBreaksAnotherConstraint_FailsAsThat_NotAsALostRaceForAPlace()
    {
        var (firstEvent, firstType) = await EventWithTypeAsync(capacity: 0, price: 0);
        var (secondEvent, secondType) = await EventWithTypeAsync(capacity: 0, price: 0);
        var buyer = (await _services.CreateUserAsync("one-place@example.com")).Id;
        // A unique index the code knows nothing of: one waitlist place per person, whatever the ticket type.
        await _services.InScopeAsync(sp => sp.GetRequiredService<Persistence.EventFlyDbContext>().Database
            .ExecuteSqlRawAsync("CREATE UNIQUE INDEX \"IX_Test_OnePlacePerPerson\" ON \"WaitlistEntries\" (\"UserId\")", CancellationToken.None));
        await Waitlist(w => w.JoinAsync(new Actor(buyer), firstEvent, firstType, 1, default));

        await Assert.ThrowsAsync<DbUpdateException>(() => Waitlist(w => w.JoinAsync(new Actor(buyer), secondEvent, secondType, 1, default)));
    }

    private enum Step
    {
        Reserve,
        Pay,
        Cancel,
        Expire,
    }

    /// <summary>
    /// Any interleaving of reserving, paying, cancelling and letting holds expire keeps the counters within capacity and
    /// equal to what the orders account for: sold = seats of confirmed orders, held = seats of orders awaiting payment.
    /// </summary>
    [Fact]
    public async Task AnyInterleaving_KeepsCountersWithinCapacity_AndEqualToTheOrders()
    {
        var buyer = (await _services.CreateUserAsync("property@example.com")).Id;
        var steps = Gen.Select(Gen.Enum<Step>(), Gen.Int[1, 3], Gen.Int[0, 7]).Array[5, 25];
        await steps.SampleAsync(async plan =>
        {
            var (eventId, typeId) = await EventWithTypeAsync(capacity: 5, price: 10);
            var orders = new List<Guid>();
            foreach (var (step, quantity, pick) in plan)
            {
                try
                {
                    switch (step)
                    {
                        case Step.Reserve:
                            orders.Add((await Ticketing(s => s.PlaceOrderAsync(eventId, buyer, [new OrderLineRequest(typeId, quantity)], null, default))).Id);
                            break;
                        case Step.Pay when orders.Count > 0:
                            await Ticketing(s => s.ConfirmPaymentAsync(orders[pick % orders.Count], default));
                            break;
                        case Step.Cancel when orders.Count > 0:
                            await Ticketing(s => s.CancelOrderAsync(orders[pick % orders.Count], null, default));
                            break;
                        case Step.Expire:
                            _time.Advance(TimeSpan.FromMinutes(pick * 3));
                            await Ticketing(s => s.ExpireHoldsAsync(default));
                            break;
                    }
                }
                catch (DomainException)
                {
                    // Sold out, or the order is closed: refusing is allowed; breaking the books is not.
                }
                var (sold, held) = await CountersAsync(eventId, typeId);
                var views = new List<OrderView>();
                foreach (var id in orders) views.Add((await Ticketing(s => s.GetOrderAsync(id, null, default)))!);
                Assert.InRange(sold + held, 0, 5);
                Assert.Equal(views.Where(o => o.Status == OrderState.Confirmed).Sum(o => o.Lines.Sum(l => l.Quantity)), sold);
                Assert.Equal(views.Where(o => o.Status == OrderState.PendingPayment).Sum(o => o.Lines.Sum(l => l.Quantity)), held);
            }
        }, iter: 15, threads: 1);
    }

    [Fact]
    public async Task ASharedQuota_HoldsSellsAndReleases_TogetherWithItsTicketType()
    {
        var (eventId, _) = await EventWithTypeAsync(capacity: 1, price: 0);
        var quota = await Ticketing(s => s.CreateQuotaAsync(eventId, "Venue", 10, default));
        var type = await Ticketing(s => s.CreateTicketTypeAsync(eventId,
            new TicketTypeDetails("Balcony", null, new Money(25, "EUR"), 8, null, null, 1, 5, null, false, quota.Id), default));
        var buyer = (await _services.CreateUserAsync("quota@example.com")).Id;
        async Task<(int, int, int, int)> CountersAsync()
        {
            var (sold, held) = await this.CountersAsync(eventId, type.Id);
            var q = (await Ticketing(s => s.ListQuotasAsync(eventId, default))).Single();
            return (sold, held, q.Sold, q.Held);
        }

        var order = await Ticketing(s => s.PlaceOrderAsync(eventId, buyer, [new OrderLineRequest(type.Id, 3)], null, default));
        Assert.Equal((0, 3, 0, 3), await CountersAsync());
        await Ticketing(s => s.ConfirmPaymentAsync(order.Id, default));
        Assert.Equal((3, 0, 3, 0), await CountersAsync());
        await Ticketing(s => s.CancelOrderAsync(order.Id, buyerId: null, default));
        Assert.Equal((0, 0, 0, 0), await CountersAsync());
    }

    [Fact]
    public async Task OrderSearch_MatchesBuyersEmailOrNameInAnyCase_OrTheOrdersReference_AndPagesInTheDatabase()
    {
        var (eventId, typeId) = await EventWithTypeAsync(capacity: 50, price: 0);
        var grace = (await _services.CreateUserAsync("rear.admiral@example.com")).Id;
        await _services.InScopeAsync(sp => sp.GetRequiredService<IProfileService>()
            .UpdateProfileAsync(grace, ParticipantProfile.Create("Grace Hopper", null, null, null, null), default));
        var others = new List<Guid>();
        for (var i = 0; i < 11; i++) others.Add((await _services.CreateUserAsync($"buyer{i}@example.com")).Id);
        var orders = new List<OrderView>();
        foreach (var buyer in others.Prepend(grace))
        {
            orders.Add(await Ticketing(s => s.PlaceOrderAsync(eventId, buyer, [new OrderLineRequest(typeId, 1)], null, default)));
            _time.Advance(TimeSpan.FromSeconds(1));
        }

        Task<Page<OrderSummary>> SearchAsync(string? text, int page = 1, int pageSize = 20) =>
            Ticketing(s => s.ListOrdersAsync(eventId, new OrderSearch(text, null, page, pageSize), default));

        var second = await SearchAsync(null, page: 2, pageSize: 5);
        Assert.Equal(12, second.Total);
        Assert.Equal(orders.AsEnumerable().Reverse().Skip(5).Take(5).Select(o => o.Id), second.Items.Select(o => o.Id));
        Assert.Equal("Grace Hopper", Assert.Single((await SearchAsync("hOPPER")).Items).BuyerName);
        Assert.Equal(grace, Assert.Single((await SearchAsync("REAR.adm")).Items).BuyerId);
        Assert.Equal(11, (await SearchAsync("buyer")).Total);
        // Orders placed in the same minute share the first digits of their ids, never their references.
        Assert.Equal(12, orders.Select(o => o.Reference).Distinct().Count());
        Assert.Equal(orders[3].Id, Assert.Single((await SearchAsync(orders[3].Reference.ToLowerInvariant())).Items).Id);
        Assert.Equal(orders[4].Id, Assert.Single((await SearchAsync(orders[4].Id.ToString())).Items).Id);
        Assert.Equal(0, (await SearchAsync("%")).Total); // a wildcard is a character like any other
        Assert.Equal(0, (await SearchAsync("_")).Total);
    }

    [Fact]
    public async Task OrderSearch_StillFindsTheBuyer_WhenMoreAccountsOnThePlatformMatchThanItFirstAsksFor()
    {
        var (eventId, typeId) = await EventWithTypeAsync(capacity: 5, price: 0);
        await _services.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<Persistence.EventFlyDbContext>();
            db.AddRange(Enumerable.Range(0, 600).Select(i => AppUser.Create($"crowd{i}@example.com")));
            return await db.SaveChangesAsync();
        });
        var buyer = (await _services.CreateUserAsync("crowd-buyer@example.com")).Id;
        var order = await Ticketing(s => s.PlaceOrderAsync(eventId, buyer, [new OrderLineRequest(typeId, 1)], null, default));

        var found = await Ticketing(s => s.ListOrdersAsync(eventId, new OrderSearch("crowd", null, 1, 20), default));

        Assert.Equal(order.Id, Assert.Single(found.Items).Id);
    }

    private async Task<(Guid EventId, Guid TypeId)> EventWithTypeAsync(int capacity, decimal price)
    {
        var start = _time.GetUtcNow().AddDays(30);
        var details = new EventDetails("Ticketed", null, "music", [], start, start.AddHours(3), "UTC", new Venue("Hall", null, "Berlin", 52.5, 13.4), null,
            EventVisibility.Public);
        var ev = await _services.InScopeAsync(async sp =>
        {
            var events = sp.GetRequiredService<IEventService>();
            var organizer = new Actor(_organizerId);
            var created = await events.CreateAsync(organizer, _organizationId, details, default);
            return await events.PublishAsync(organizer, created.Id, default);
        });
        var type = await Ticketing(s => s.CreateTicketTypeAsync(ev.Id,
            new TicketTypeDetails("Standard", null, new Money(price, "EUR"), capacity, null, null, 1, 5, null, false, null), default));
        return (ev.Id, type.Id);
    }

    private async Task<(int Sold, int Held)> CountersAsync(Guid eventId, Guid typeId)
    {
        var type = (await Ticketing(s => s.ListTicketTypesAsync(eventId, true, default))).Single(t => t.Id == typeId);
        return (type.Sold, type.Held);
    }

    private static async Task<bool> OutboxHasAsync(IServiceProvider sp, string type, Guid orderId)
    {
        var db = sp.GetRequiredService<Persistence.EventFlyDbContext>();
        return await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.AnyAsync(
            db.Set<Outbox.OutboxMessage>(), m => m.Type == type && m.Payload.Contains(orderId.ToString()));
    }

    private Task<T> Ticketing<T>(Func<TicketingDriver, Task<T>> action) => _services.InScopeAsync(sp => action(new TicketingDriver(sp, _organizerId)));

    private Task<T> Waitlist<T>(Func<IWaitlistService, Task<T>> action) => _services.InScopeAsync(sp => action(sp.GetRequiredService<IWaitlistService>()));
}
