using System.Text.Json;
using EventFly.Services.Analytics.Contracts;
using EventFly.Services.Common;
using EventFly.Services.Feedback.Contracts;
using EventFly.Services.Ticketing.Contracts;

namespace EventFly.Services.Tests.Analytics;

/// <summary>The outbox delivers at least once and in no promised order: Analytics counts each fact once, whatever arrives when.</summary>
public sealed class AnalyticsDeliveryTests : IAsyncLifetime
{
    private AnalyticsTestBed _bed = null!;

    public async ValueTask InitializeAsync() => _bed = await AnalyticsTestBed.CreateAsync();

    public ValueTask DisposeAsync() => _bed.DisposeAsync();

    [Fact]
    public async Task EveryMessageDeliveredAgain_InAnyOrder_ChangesNoRowAndNoNumber()
    {
        var (eventId, free, paid) = await EventWithTypesAsync();
        var buyer = (await _bed.Services.CreateUserAsync("buyer@example.com")).Id;
        var kept = await PlaceAsync(eventId, buyer, free, 2);
        await PlaceAsync(eventId, buyer, paid, 1, pay: true);
        _bed.Time.Advance(TimeSpan.FromHours(20));
        var refunded = await PlaceAsync(eventId, buyer, paid, 2, pay: true);
        var unpaid = await PlaceAsync(eventId, buyer, paid, 1);
        await _bed.Ticketing(t => t.CancelOrderAsync(unpaid, buyer, default));
        _bed.Time.Advance(TimeSpan.FromHours(7));
        await _bed.Ticketing(t => t.CancelOrderAsync(refunded, null, default));
        var code = (await _bed.Ticketing(t => t.GetOrderAsync(kept, null, default))).Tickets[0].Code;
        await _bed.In<ICheckInService, CheckInResult>(c => c.CheckInAsync(_bed.Organizer, eventId, code, default));
        await _bed.In<IAnalyticsTracker, int>(async t =>
        {
            await t.TrackAsync(Actor.Anonymous, eventId, TrafficKind.PageView, default);
            await t.TrackAsync(Actor.Anonymous, eventId, TrafficKind.CheckoutStarted, default);
            return 0;
        });
        await _bed.DispatchAllAsync();
        var rows = await _bed.ReadModelRowsAsync();
        var numbers = await DashboardAsync(eventId);
        var messages = await _bed.AnalyticsMessagesAsync();
        Assert.Equal(9, messages.Count); // published, 3 confirmed, 2 cancelled (one unpaid), a check-in, 2 hits

        var shuffle = new Random(15);
        foreach (var (type, payload) in messages.OrderBy(_ => shuffle.Next()))
            await _bed.DeliverAsync(type, payload);
        foreach (var (type, payload) in messages)
            await _bed.DeliverAsync(type, payload);

        Assert.Equal(rows, await _bed.ReadModelRowsAsync());
        Assert.Equal(numbers, await DashboardAsync(eventId));
        var shown = await _bed.EventAnalyticsAsync(eventId);
        Assert.Equal((3, 2, 37.5m, 25m, 1, 1, 1), (shown.TicketsSold, shown.OrdersPaid, shown.GrossRevenue, shown.Refunds, shown.CheckIns, shown.Funnel.PageViews,
            shown.Funnel.CheckoutsStarted));
    }

    [Theory]
    [InlineData(12.5, true)]
    [InlineData(0, false)]
    public async Task ACancellationDeliveredBeforeItsConfirmation_GivesTheRowsOfTheUsualOrder(decimal unitPrice, bool refunded)
    {
        var (eventId, free, paid) = await EventWithTypesAsync();
        var type = unitPrice == 0 ? free : paid;
        var orderId = Guid.NewGuid();
        var confirmedAt = _bed.Time.GetUtcNow();
        var confirmed = new OrderConfirmedV1(orderId, eventId, Guid.NewGuid(), 3 * unitPrice, "EUR", 3, confirmedAt, [new OrderLineV1(type, 3, unitPrice)]);
        var cancelled = new OrderCancelledV1(orderId, eventId, confirmed.BuyerId, refunded, confirmedAt.AddDays(2).AddHours(3));
        await _bed.DispatchAllAsync(); // the event's publication, so both runs start from it
        var published = await _bed.ReadModelRowsAsync();

        await _bed.DeliverAsync(confirmed);
        await _bed.DeliverAsync(cancelled);
        var usual = await _bed.ReadModelRowsAsync();
        await ResetToAsync(published);
        await _bed.DeliverAsync(cancelled);
        await _bed.DeliverAsync(confirmed);
        await _bed.DeliverAsync(cancelled);

        Assert.Equal(usual, await _bed.ReadModelRowsAsync());
        var shown = await _bed.EventAnalyticsAsync(eventId);
        Assert.Equal((0, 0, 3, 1, 3 * unitPrice, refunded ? 3 * unitPrice : 0m), (shown.TicketsSold, shown.OrdersPaid, shown.TicketsCancelled, shown.OrdersCancelled,
            shown.GrossRevenue, shown.Refunds));
        var line = Assert.Single(shown.ByTicketType);
        Assert.Equal((type, 0, 3, refunded ? 0m : 3 * unitPrice), (line.TicketTypeId, line.Sold, line.Cancelled, line.Revenue));
        Assert.Equal([DateOnly.FromDateTime(confirmedAt.UtcDateTime), DateOnly.FromDateTime(cancelled.OccurredAt.UtcDateTime)],
            shown.SalesByDay.Select(d => d.Day));
    }

    [Fact]
    public async Task AReplacedRatingDeliveredBeforeTheFirst_KeepsTheLatestRating_AndTheFirstSubmissionTime()
    {
        var (eventId, _, _) = await EventWithTypesAsync();
        var organizationId = Guid.NewGuid();
        var first = new FeedbackSubmittedV1(Guid.NewGuid(), eventId, organizationId, Guid.NewGuid(), 2, _bed.Time.GetUtcNow());
        var replaced = first with { Rating = 5, OccurredAt = first.OccurredAt.AddMinutes(5) };
        await _bed.DispatchAllAsync();
        var published = await _bed.ReadModelRowsAsync();

        await _bed.DeliverAsync(first);
        await _bed.DeliverAsync(replaced);
        var usual = await _bed.ReadModelRowsAsync();
        await ResetToAsync(published);
        await _bed.DeliverAsync(replaced);
        await _bed.DeliverAsync(first);

        Assert.Equal(usual, await _bed.ReadModelRowsAsync());
        var feedback = (await _bed.EventAnalyticsAsync(eventId)).Feedback;
        Assert.Equal((1, (double?)5, 1), (feedback.Count, feedback.Average, feedback.Distribution[4]));
    }

    /// <summary>Empties the read models and delivers the event's publication again (the messages behind <paramref name="rows"/>).</summary>
    private async Task ResetToAsync(List<string> rows)
    {
        await _bed.ClearReadModelsAsync();
        foreach (var (type, payload) in await _bed.AnalyticsMessagesAsync()) await _bed.DeliverAsync(type, payload);
        Assert.Equal(rows, await _bed.ReadModelRowsAsync());
    }

    private async Task<(Guid EventId, Guid Free, Guid Paid)> EventWithTypesAsync()
    {
        var eventId = await _bed.NewEventAsync(await _bed.NewOrganizationAsync("Delivery org"), "Delivered");
        return (eventId, (await _bed.NewTypeAsync(eventId, "Free", 0)).Id, (await _bed.NewTypeAsync(eventId, "Paid", 12.5m)).Id);
    }

    private async Task<Guid> PlaceAsync(Guid eventId, Guid buyer, Guid type, int quantity, bool pay = false)
    {
        var order = await _bed.Ticketing(t => t.PlaceOrderAsync(eventId, buyer, [new OrderLineRequest(type, quantity)], null, default));
        if (pay) await _bed.Ticketing(t => t.ConfirmPaymentAsync(order.Id, default));
        return order.Id;
    }

    private async Task<string> DashboardAsync(Guid eventId) => JsonSerializer.Serialize(await _bed.EventAnalyticsAsync(eventId));
}
