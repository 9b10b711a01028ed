using CsCheck;
using EventFly.Domain.Common;
using EventFly.Services.Analytics.Contracts;
using EventFly.Services.Common;
using EventFly.Services.Ticketing.Contracts;

namespace EventFly.Services.Tests.Analytics;

/// <summary>
/// Whatever happens to an event's orders (free and paid, paid late, cancelled by buyer or staff, checked in) and however
/// the outbox's deliveries interleave with it, once the outbox has run the dashboard says what Ticketing's tables say.
/// </summary>
public sealed class AnalyticsSalesPropertyTests : IAsyncLifetime
{
    private AnalyticsTestBed _bed = null!;
    private Guid[] _buyers = [];

    private enum Step
    {
        PlaceFree,
        PlacePaid,
        PlaceMixed,
        Pay,
        CancelAsBuyer,
        CancelAsStaff,
        CheckIn,
        Wait,
        ExpireHolds,
        Dispatch,
    }

    public async ValueTask InitializeAsync()
    {
        _bed = await AnalyticsTestBed.CreateAsync(AnalyticsTestBed.WithoutMails);
        _buyers = [.. await Task.WhenAll(Enumerable.Range(0, 3).Select(async i => (await _bed.Services.CreateUserAsync($"buyer{i}@example.com")).Id))];
    }

    public ValueTask DisposeAsync() => _bed.DisposeAsync();

    [Fact]
    public async Task AnySequenceOfOrders_CancellationsAndCheckIns_GivesTheDashboardTheTicketingTablesNumbers()
    {
        // What the samples covered, so a generator that stopped producing cancellations or scans cannot pass unnoticed.
        var (cancelled, refunded, scanned, spread) = (0, 0, 0, 0);
        var step = Gen.FrequencyConst((3, Step.PlaceFree), (3, Step.PlacePaid), (1, Step.PlaceMixed), (5, Step.Pay), (2, Step.CancelAsBuyer), (2, Step.CancelAsStaff),
            (3, Step.CheckIn), (4, Step.Wait), (1, Step.ExpireHolds), (1, Step.Dispatch));
        var steps = Gen.Select(step, Gen.Int[0, 1], Gen.Int[1, 3], Gen.Int[0, 15], (s, ev, quantity, pick) => new Op(s, ev, quantity, pick));
        await Gen.Select(steps.Array[8, 20], Gen.Int[0, 3], Gen.Int[0, 3]).SampleAsync(async (plan, rangeStart, rangeDays) =>
        {
            var start = _bed.Time.GetUtcNow();
            var organizationId = await _bed.NewOrganizationAsync("Property org");
            var events = new[] { await NewSaleAsync(organizationId, "First"), await NewSaleAsync(organizationId, "Second") };
            var orders = new Orders();

            foreach (var op in plan)
            {
                try
                {
                    await RunAsync(op, events[op.Event], orders);
                }
                catch (DomainException)
                {
                    // Sold out, closed, not the buyer's to cancel, already scanned: refusing is allowed, miscounting is not.
                }
            }
            await _bed.DispatchAllAsync();

            var from = TicketingBooks.DayOf(start).AddDays(rangeStart);
            foreach (var sale in events)
            {
                var orderRows = await _bed.OrdersOfAsync(sale.EventId);
                await AssertAgreesAsync(sale, orderRows, AnalyticsRange.All);
                var all = new TicketingBooks(orderRows, AnalyticsRange.All);
                (cancelled, refunded, scanned, spread) = (cancelled + all.OrdersCancelled, refunded + (all.Refunds > 0 ? 1 : 0), scanned + all.CheckIns,
                    spread + (all.SalesByDay.Count > 1 ? 1 : 0));
                await AssertAgreesAsync(sale, orderRows, new AnalyticsRange(from, from.AddDays(rangeDays)));
            }
            await AssertOrganizationAgreesAsync(organizationId, events);
        }, iter: 25, threads: 1, print: p => string.Join(", ", p.Item1.Select(o => o.ToString())) + $" | range +{p.Item2} for {p.Item3 + 1} days");

        TestContext.Current.TestOutputHelper?.WriteLine(
            $"covered: {cancelled} cancellations of confirmed orders, {refunded} events with refunds, {scanned} check-ins, {spread} events selling on several days");
        Assert.True(cancelled > 0 && refunded > 0 && scanned > 0 && spread > 0,
            $"the samples covered too little: {cancelled} cancellations, {refunded} events with refunds, {scanned} check-ins, {spread} events selling on several days");
    }

    private async Task RunAsync(Op op, Sale sale, Orders orders)
    {
        var buyer = _buyers[op.Pick % _buyers.Length];
        switch (op.Step)
        {
            case Step.PlaceFree:
                orders.Issued.Add(new(await PlaceAsync(sale, buyer, [new(sale.Free, op.Quantity)]), sale, buyer));
                break;
            case Step.PlacePaid:
                // Even picks buy the type buyers may cancel, odd ones the type only staff may cancel.
                orders.Pending.Add(new(await PlaceAsync(sale, buyer, [new(op.Pick % 2 == 0 ? sale.Paid : sale.Fixed, op.Quantity)]), sale, buyer));
                break;
            case Step.PlaceMixed:
                orders.Pending.Add(new(await PlaceAsync(sale, buyer, [new(sale.Free, op.Quantity), new(sale.Paid, 1)]), sale, buyer));
                break;
            case Step.Pay when orders.TakePending(op.Pick) is { } order:
                // Possibly after its hold expired: paid late, it is confirmed if its seats are still free, else refunded.
                if ((await _bed.Ticketing(t => t.ConfirmPaymentAsync(order.Id, default))).Status == OrderState.Confirmed) orders.Issued.Add(order);
                break;
            case Step.CancelAsBuyer when orders.Any(op.Pick) is { } order:
                await _bed.Ticketing(t => t.CancelOrderAsync(order.Id, order.Buyer, default));
                break;
            // Staff cancel what was confirmed (refunding what was paid); buyers anything of theirs.
            case Step.CancelAsStaff when orders.Issued.Count > 0 && orders.Issued[op.Pick % orders.Issued.Count] is { } order:
                await _bed.Ticketing(t => t.CancelOrderAsync(order.Id, null, default));
                break;
            case Step.CheckIn when orders.Issued.Count > 0:
                var picked = orders.Issued[op.Pick % orders.Issued.Count];
                var view = await _bed.Ticketing(t => t.GetOrderAsync(picked.Id, null, default));
                if (view.Tickets.Count == 0) break;
                var code = view.Tickets[op.Quantity % view.Tickets.Count].Code;
                await _bed.In<ICheckInService, CheckInResult>(c => c.CheckInAsync(_bed.Organizer, picked.Sale.EventId, code, default));
                break;
            case Step.Wait:
                // Two to seventeen hours: sales, cancellations and scans land on several days and quarter hours.
                _bed.Time.Advance(TimeSpan.FromMinutes(61 * (op.Pick + 2)));
                break;
            case Step.ExpireHolds:
                await _bed.Ticketing(t => t.ExpireHoldsAsync(default));
                break;
            case Step.Dispatch:
                await _bed.DispatchAllAsync();
                break;
        }
    }

    private async Task<Guid> PlaceAsync(Sale sale, Guid buyer, IReadOnlyList<OrderLineRequest> lines) =>
        (await _bed.Ticketing(t => t.PlaceOrderAsync(sale.EventId, buyer, lines, null, default))).Id;

    private async Task AssertAgreesAsync(Sale sale, IReadOnlyList<Domain.Ticketing.Order> orderRows, AnalyticsRange range)
    {
        var books = new TicketingBooks(orderRows, range);
        var shown = await _bed.EventAnalyticsAsync(sale.EventId, range);
        var where = $"event {sale.Name}, range {range.From}..{range.To}";

        Assert.True((books.TicketsSold, books.OrdersPaid, books.GrossRevenue, books.Refunds, books.Revenue, books.OrdersCancelled, books.TicketsCancelled, books.CheckIns)
            == (shown.TicketsSold, shown.OrdersPaid, shown.GrossRevenue, shown.Refunds, shown.Revenue, shown.OrdersCancelled, shown.TicketsCancelled, shown.CheckIns),
            $"{where}: expected sold/paid/gross/refunds/revenue/ordersCancelled/ticketsCancelled/checkIns {(books.TicketsSold, books.OrdersPaid, books.GrossRevenue, books.Refunds, books.Revenue, books.OrdersCancelled, books.TicketsCancelled, books.CheckIns)}, shown {(shown.TicketsSold, shown.OrdersPaid, shown.GrossRevenue, shown.Refunds, shown.Revenue, shown.OrdersCancelled, shown.TicketsCancelled, shown.CheckIns)}");
        Assert.Equal(books.OrdersConfirmed, shown.Funnel.OrdersPaid);

        var days = shown.SalesByDay.Where(d => d.Tickets != 0 || d.Orders != 0 || d.TicketsCancelled != 0 || d.Gross != 0 || d.Refunds != 0)
            .Select(d => (d.Day, d.Tickets, d.Orders, d.TicketsCancelled, d.Gross, d.Refunds)).ToList();
        Assert.Equal(books.SalesByDay, days);
        Assert.All(shown.SalesByDay, d => Assert.Equal("EUR", d.Currency));
        Assert.Equal(books.TicketsSold, shown.SalesByDay.Sum(d => d.Tickets - d.TicketsCancelled));
        Assert.Equal(books.Revenue, shown.SalesByDay.Sum(d => d.Net));
        if (shown.SalesByDay.Count > 0)
            Assert.Equal((books.TicketsSold, books.Revenue), (shown.SalesByDay[^1].CumulativeTickets, shown.SalesByDay[^1].CumulativeNet));

        Assert.Equal(books.CheckInSlots, shown.CheckInsOverTime.Select(s => (s.Start.UtcDateTime, s.CheckIns)).ToList());
        Assert.Equal(books.CheckIns, shown.CheckInsOverTime.Sum(s => s.CheckIns));
        var berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
        Assert.All(shown.CheckInsOverTime, s => Assert.Equal(berlin.GetUtcOffset(s.Start), s.Start.Offset));

        var names = new Dictionary<Guid, string> { [sale.Free] = "Free", [sale.Paid] = "Paid", [sale.Fixed] = "Fixed" };
        Assert.Equal(books.ByTicketType.Select(t => (t.TypeId, names[t.TypeId], t.Sold, t.Cancelled, t.Revenue)),
            shown.ByTicketType.OrderBy(t => t.TicketTypeId).Select(t => (t.TicketTypeId, t.Name, t.Sold, t.Cancelled, t.Revenue)));
        var (sold, checkedIn) = books.Attendance;
        Assert.Equal(sold == 0 ? 0 : Math.Round((double)checkedIn / sold, 4), shown.AttendanceRate);
        Assert.Equal(3 * 20, shown.Capacity);
    }

    private async Task AssertOrganizationAgreesAsync(Guid organizationId, Sale[] events)
    {
        var books = new List<TicketingBooks>();
        foreach (var sale in events) books.Add(new TicketingBooks(await _bed.OrdersOfAsync(sale.EventId), AnalyticsRange.All));
        var shown = await _bed.In<IAnalyticsService, OrganizationAnalytics>(a => a.GetOrganizationAsync(_bed.Organizer, organizationId, AnalyticsRange.All, default));

        Assert.Equal((books.Sum(b => b.TicketsSold), books.Sum(b => b.OrdersPaid), books.Sum(b => b.CheckIns)), (shown.TicketsSold, shown.OrdersPaid, shown.CheckIns));
        List<RevenueTotal> revenue = books.Any(b => b.OrdersConfirmed > 0) ? [new("EUR", books.Sum(b => b.GrossRevenue), books.Sum(b => b.Refunds))] : [];
        Assert.Equal(revenue, shown.Revenue);
        Assert.Equal(events.Zip(books).Where(e => e.Second.OrdersConfirmed > 0).Select(e => (e.First.EventId, e.Second.TicketsSold, e.Second.CheckIns, e.Second.Revenue)).OrderBy(e => e.EventId),
            shown.Events.Select(e => (e.EventId, e.TicketsSold, e.CheckIns, e.Revenue)).OrderBy(e => e.EventId));
    }

    /// <summary>A published event with a free type, a paid type buyers may cancel and a paid type only staff may cancel, 20 seats each.</summary>
    private async Task<Sale> NewSaleAsync(Guid organizationId, string name)
    {
        var eventId = await _bed.NewEventAsync(organizationId, name);
        var free = await _bed.NewTypeAsync(eventId, "Free", 0, capacity: 20);
        var paid = await _bed.NewTypeAsync(eventId, "Paid", 12.5m, capacity: 20);
        var fixedType = await _bed.NewTypeAsync(eventId, "Fixed", 7.25m, capacity: 20, buyerCancellable: false);
        return new Sale(name, eventId, free.Id, paid.Id, fixedType.Id);
    }

    private sealed record Sale(string Name, Guid EventId, Guid Free, Guid Paid, Guid Fixed);

    private sealed record Placed(Guid Id, Sale Sale, Guid Buyer);

    /// <summary>The iteration's orders: those placed unpaid and not yet paid, and those with tickets (free, or paid).</summary>
    private sealed class Orders
    {
        public List<Placed> Pending { get; } = [];

        public List<Placed> Issued { get; } = [];

        /// <summary>An order awaiting payment, no longer counted as awaiting it.</summary>
        public Placed? TakePending(int pick)
        {
            if (Pending.Count == 0) return null;
            var order = Pending[pick % Pending.Count];
            Pending.Remove(order);
            return order;
        }

        /// <summary>Any order, paid or not (cancelling one already closed is refused, which is fine).</summary>
        public Placed? Any(int pick) => Pending.Count + Issued.Count == 0 ? null : Pending.Concat(Issued).ElementAt(pick % (Pending.Count + Issued.Count));
    }

    private sealed record Op(Step Step, int Event, int Quantity, int Pick);
}
