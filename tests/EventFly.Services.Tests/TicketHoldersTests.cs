using EventFly.Services.Common;
using EventFly.Services.Ticketing.Contracts;
using Microsoft.Extensions.DependencyInjection;

namespace EventFly.Services.Tests;

/// <summary>Ticketing's answer to "who holds tickets for this event": people, not tickets; confirmed orders only.</summary>
public sealed class TicketHoldersTests : IAsyncLifetime
{
    private EngagementTestBed _bed = null!;

    public async ValueTask InitializeAsync() => _bed = await EngagementTestBed.CreateAsync();

    public ValueTask DisposeAsync() => _bed.DisposeAsync();

    [Fact]
    public async Task Holders_AreCountedOncePerPerson_WithTheirTicketsAndCheckIns()
    {
        // The holder buys a second order of two more tickets; then one of their tickets is scanned.
        await _bed.Services.InScopeAsync(sp => sp.GetRequiredService<IOrderPlacement>()
            .PlaceOrderAsync(_bed.Holder, _bed.EventId, [new OrderLineRequest(_bed.TicketTypeId, 2)], null, default));
        var ticket = (await _bed.Services.InScopeAsync(sp => sp.GetRequiredService<IOrderQueries>().ListMyTicketsAsync(_bed.Holder, default)))[0];
        await _bed.Services.InScopeAsync(sp => sp.GetRequiredService<ICheckInService>().CheckInAsync(_bed.Organizer, _bed.EventId, ticket.Code, default));

        var (holders, counts, mine, stranger) = await _bed.Services.InScopeAsync(async sp =>
        {
            var tickets = sp.GetRequiredService<ITicketHolders>();
            return (await tickets.ListHoldersAsync(_bed.EventId, default), await tickets.CountHoldersAsync(_bed.EventId, default),
                await tickets.GetHoldingAsync(_bed.HolderId, _bed.EventId, default), await tickets.GetHoldingAsync(_bed.StrangerId, _bed.EventId, default));
        });

        Assert.Equal(new[] { _bed.HolderId, _bed.OtherHolderId }.Order(), holders.Select(h => h.UserId));
        Assert.Equal(new TicketHolding(_bed.HolderId, _bed.EventId, 3, CheckedIn: true), mine);
        Assert.Equal(new TicketHolding(_bed.OtherHolderId, _bed.EventId, 1, CheckedIn: false), holders.Single(h => h.UserId == _bed.OtherHolderId));
        Assert.Equal(new HolderCounts(2, 1), counts);
        Assert.Null(stranger);
    }

    [Fact]
    public async Task CancelledOrders_HoldNothing()
    {
        var order = (await _bed.Services.InScopeAsync(sp => sp.GetRequiredService<IOrderQueries>().ListMyTicketsAsync(_bed.OtherHolder, default)))[0].OrderId;
        await _bed.Services.InScopeAsync(sp => sp.GetRequiredService<IOrderLifecycle>().CancelOrderAsync(_bed.OtherHolder, order, default));

        var (holders, holds) = await _bed.Services.InScopeAsync(async sp =>
        {
            var tickets = sp.GetRequiredService<ITicketHolders>();
            return (await tickets.ListHoldersAsync(_bed.EventId, default), await tickets.HoldsTicketAsync(_bed.OtherHolderId, _bed.EventId, default));
        });

        Assert.Equal([_bed.HolderId], holders.Select(h => h.UserId));
        Assert.False(holds);
    }
}
