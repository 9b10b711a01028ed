using System.Net.Http.Json;
using EventFly.Client.Contracts;
using static EventFly.Web.Tests.TicketingEndpointTests;

namespace EventFly.Web.Tests;

/// <summary>The host of <see cref="ExportEndpointTests"/>, with one event's sales made on first use and shared by its tests.</summary>
public sealed class ExportFactory : MatrixFactory
{
    /// <summary>Buyers' display names: four that a spreadsheet would run as formulas, one with letters beyond ASCII and a comma.</summary>
    public static readonly string[] BuyerNames = ["=HYPERLINK(\"http://x\")", "+SUM(1,2)", "-2+3", "@cmd", "Zoë Müller, Berlin"];

    private Task<Sales>? _sales;

    /// <summary>
    /// A published event with a free and a paid ticket type: one buyer per name in <see cref="BuyerNames"/> with a free
    /// ticket (the first two checked in), and one paid order of two tickets still awaiting payment (so no attendee).
    /// </summary>
    internal Task<Sales> SalesAsync() => _sales ??= CreateSalesAsync();

    private async Task<Sales> CreateSalesAsync()
    {
        var s = await ScenarioAsync();
        var ev = await EventEndpointTests.CreatePublishedAsync(s, EventEndpointTests.EventBody("Export night", ("Berlin", 52.52, 13.40)));
        var free = await CreateTypeAsync(s, ev.Id, new { name = "Free entry", price = new { amount = 0, currency = "EUR" }, capacity = 50 });
        var paid = await CreateTypeAsync(s, ev.Id, new { name = "VIP lounge", price = new { amount = 12.5, currency = "EUR" }, capacity = 10, accessLevel = "VIP" });
        var codes = new List<string>();
        for (var i = 0; i < BuyerNames.Length; i++)
        {
            var (_, buyer) = await CreateSignedInUserAsync();
            (await buyer.PutAsJsonAsync("/api/me/profile", new { displayName = BuyerNames[i] })).EnsureSuccessStatusCode();
            var order = await PlaceAsync(buyer, ev.Id, free.Id, 1);
            codes.AddRange(order.Tickets.Select(t => t.Code));
            if (i < 2)
                (await s.Owner.PostAsJsonAsync($"/api/events/{ev.Id}/checkins", new { code = order.Tickets[0].Code })).EnsureSuccessStatusCode();
        }
        var (_, payer) = await CreateSignedInUserAsync();
        var pending = await PlaceAsync(payer, ev.Id, paid.Id, 2);
        Assert.Equal(OrderState.PendingPayment, pending.Status);
        return new Sales(s, ev.Id, codes);
    }

    internal sealed record Sales(OrganizationScenario S, Guid EventId, IReadOnlyList<string> TicketCodes);
}
