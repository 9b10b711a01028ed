using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using EventFly.Client.Contracts;
using static EventFly.Web.Tests.TicketingEndpointTests;

namespace EventFly.Web.Tests;

/// <summary>After the order: cancel and refund, paying through the sandbox, QR, check-in and the waitlist, through HTTP.</summary>
/// <remarks><see cref="PostgreSqlOrderLifecycleEndpointTests"/> runs them on PostgreSQL.</remarks>
public partial class OrderLifecycleEndpointTests(MatrixFactory factory) : IClassFixture<MatrixFactory>
{
    private static readonly (string City, double Lat, double Lng) Berlin = ("Berlin", 52.52, 13.40);

    [Fact]
    public async Task BuyerCancels_SeatsReturn_TicketsStopAdmitting_AndASecondCancelIsRefused()
    {
        var (s, ev, type) = await EventWithTypeAsync(capacity: 5);
        var (_, buyer) = await factory.CreateSignedInUserAsync();
        var order = await PlaceAsync(buyer, ev.Id, type.Id, 2);

        var cancel = await buyer.PostAsync($"/api/orders/{order.Id}/cancel", null);
        var again = await buyer.PostAsync($"/api/orders/{order.Id}/cancel", null);
        var scan = await s.Owner.PostAsJsonAsync($"/api/events/{ev.Id}/checkins", new { code = order.Tickets[0].Code });

        Assert.Equal(HttpStatusCode.OK, cancel.StatusCode);
        Assert.Equal(OrderState.Cancelled, (await cancel.Content.ReadFromJsonAsync<OrderResponse>())!.Status);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal("order_closed", await CodeAsync(again));
        Assert.Equal(HttpStatusCode.Conflict, scan.StatusCode);
        Assert.Equal("ticket_cancelled", await CodeAsync(scan));
        Assert.Equal((0, 5), ((await TypeAsync(s, ev.Id, type.Id)).Sold, (await TypeAsync(s, ev.Id, type.Id)).Available));
        Assert.All((await buyer.GetFromJsonAsync<List<TicketResponse>>("/api/me/tickets"))!, t => Assert.Equal(TicketState.Cancelled, t.Status));
    }

    [Fact]
    public async Task TicketsOfATypeBuyersMayNotCancel_AreCancelledOnlyByStaff()
    {
        var s = await factory.ScenarioAsync();
        var ev = await EventEndpointTests.CreatePublishedAsync(s, EventEndpointTests.EventBody("Final sale", Berlin));
        var type = await CreateTypeAsync(s, ev.Id, new { name = "Final", price = new { amount = 0, currency = "EUR" }, capacity = 5, buyerCancellable = false });
        var (_, buyer) = await factory.CreateSignedInUserAsync();
        var order = await PlaceAsync(buyer, ev.Id, type.Id, 1);

        var byBuyer = await buyer.PostAsync($"/api/orders/{order.Id}/cancel", null);
        var byOwner = await s.Owner.PostAsync($"/api/orders/{order.Id}/cancel", null);

        Assert.False(type.BuyerCancellable);
        Assert.Equal(HttpStatusCode.Conflict, byBuyer.StatusCode);
        Assert.Equal("not_cancellable", await CodeAsync(byBuyer));
        Assert.Equal(HttpStatusCode.OK, byOwner.StatusCode);
    }

    [Fact]
    public async Task Orders_AreSeenByStaffWithOrdersView_CancelledOnlyWithOrdersRefund_AndHiddenFromOthers()
    {
        var (s, ev, type) = await EventWithTypeAsync(capacity: 5);
        var (_, viewer) = await s.AddMemberAsync(await s.CreateRoleAsync("Box office", ["orders.view"]));
        var (_, refunder) = await s.AddMemberAsync(await s.CreateRoleAsync("Refunds", ["orders.view", "orders.refund"]));
        var (buyerEmail, buyer) = await factory.CreateSignedInUserAsync();
        var (_, stranger) = await factory.CreateSignedInUserAsync();
        var order = await PlaceAsync(buyer, ev.Id, type.Id, 1);

        Assert.Equal(HttpStatusCode.OK, (await viewer.GetAsync($"/api/orders/{order.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/api/orders/{order.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.PostAsync($"/api/orders/{order.Id}/cancel", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await viewer.PostAsync($"/api/orders/{order.Id}/cancel", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await s.MemberWithout.GetAsync($"/api/events/{ev.Id}/orders")).StatusCode);
        var list = await viewer.GetFromJsonAsync<PagedResponse<OrderSummaryResponse>>($"/api/events/{ev.Id}/orders?q={Uri.EscapeDataString(buyerEmail[..8])}&status=confirmed");
        Assert.Equal(order.Id, Assert.Single(list!.Items).Id);
        Assert.Equal(0, (await viewer.GetFromJsonAsync<PagedResponse<OrderSummaryResponse>>($"/api/events/{ev.Id}/orders?status=cancelled"))!.Total);
        Assert.Equal(HttpStatusCode.BadRequest, (await viewer.GetAsync($"/api/events/{ev.Id}/orders?status=lost")).StatusCode);

        var cancel = await refunder.PostAsync($"/api/orders/{order.Id}/cancel", null);

        Assert.Equal(HttpStatusCode.OK, cancel.StatusCode);
        Assert.Equal(0, (await TypeAsync(s, ev.Id, type.Id)).Sold);
    }

    [Fact]
    public async Task PaidOrder_PaidAtTheSandboxCheckout_IsConfirmedWithTickets()
    {
        var (s, ev, type) = await EventWithTypeAsync(capacity: 5, price: 20);
        var (_, buyer) = await factory.CreateSignedInUserAsync();
        var order = await PlaceAsync(buyer, ev.Id, type.Id, 2);
        Assert.Equal(OrderState.PendingPayment, order.Status);
        Assert.StartsWith("/sandbox/checkout/", order.CheckoutUrl);

        var page = await factory.CreateClient().GetStringAsync(order.CheckoutUrl);
        var paid = await PayAsync(factory, buyer, order);

        Assert.Contains("Pay 40.00 EUR", page);
        Assert.Equal(OrderState.Confirmed, paid.Status);
        Assert.Equal(2, paid.Tickets.Count);
        var after = await TypeAsync(s, ev.Id, type.Id);
        Assert.Equal((2, 3), (after.Sold, after.Available));
    }

    [Fact]
    public async Task TicketQr_IsAPngForItsHolder_AndNotFoundForAnyoneElse()
    {
        var (_, ev, type) = await EventWithTypeAsync(capacity: 5);
        var (_, buyer) = await factory.CreateSignedInUserAsync();
        var (_, other) = await factory.CreateSignedInUserAsync();
        var ticket = (await PlaceAsync(buyer, ev.Id, type.Id, 1)).Tickets[0];

        var own = await buyer.GetAsync($"/api/tickets/{ticket.Id}/qr.png");
        var foreign = await other.GetAsync($"/api/tickets/{ticket.Id}/qr.png");

        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal("image/png", own.Content.Headers.ContentType!.MediaType);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], (await own.Content.ReadAsByteArrayAsync())[..4]);
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
    }

    [Fact]
    public async Task CheckIn_AdmitsOnce_TheSecondScanSaysWhenAndByWhom()
    {
        var (s, ev, type) = await EventWithTypeAsync(capacity: 5, accessLevel: "Backstage");
        var (_, scanner) = await s.AddMemberAsync(await s.CreateRoleAsync("Door", ["checkin.scan"]));
        var (_, buyer) = await factory.CreateSignedInUserAsync();
        var ticket = (await PlaceAsync(buyer, ev.Id, type.Id, 2)).Tickets[0];

        var first = await scanner.PostAsJsonAsync($"/api/events/{ev.Id}/checkins", new { code = ticket.Code.ToUpperInvariant() });
        var second = await scanner.PostAsJsonAsync($"/api/events/{ev.Id}/checkins", new { code = ticket.Code });
        var stats = await scanner.GetFromJsonAsync<CheckInStatsResponse>($"/api/events/{ev.Id}/checkins/stats");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var admitted = await first.Content.ReadFromJsonAsync<CheckInResponse>();
        Assert.Equal(("Backstage", ticket.Id), (admitted!.AccessLevel, admitted.TicketId));
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal("already_checked_in", await CodeAsync(second));
        Assert.Matches(@"Already checked in at \d\d:\d\d by ", await second.Content.ReadAsStringAsync());
        Assert.Equal(new CheckInStatsResponse(1, 2), stats);
        Assert.Equal(TicketState.CheckedIn, (await buyer.GetFromJsonAsync<List<TicketResponse>>("/api/me/tickets"))!.Single(t => t.Id == ticket.Id).Status);
    }

    [Fact]
    public async Task CheckIn_TwentyDevicesScanningOneTicketAtOnce_AdmitExactlyOnce()
    {
        var (s, ev, type) = await EventWithTypeAsync(capacity: 5);
        var (_, buyer) = await factory.CreateSignedInUserAsync();
        var ticket = (await PlaceAsync(buyer, ev.Id, type.Id, 1)).Tickets[0];

        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ =>
            s.Owner.PostAsJsonAsync($"/api/events/{ev.Id}/checkins", new { code = ticket.Code })));

        Assert.Equal(1, responses.Count(r => r.StatusCode == HttpStatusCode.OK));
        Assert.Equal(19, responses.Count(r => r.StatusCode == HttpStatusCode.Conflict));
        Assert.Equal(new CheckInStatsResponse(1, 1), await s.Owner.GetFromJsonAsync<CheckInStatsResponse>($"/api/events/{ev.Id}/checkins/stats"));
    }

    [Fact]
    public async Task CheckIn_OfAForgedCode_OrAnotherEventsTicket_IsNotFound_AndNeedsCheckinScan()
    {
        var (s, ev, type) = await EventWithTypeAsync(capacity: 5);
        var other = await EventEndpointTests.CreatePublishedAsync(s, EventEndpointTests.EventBody("Other night", Berlin));
        var otherType = await CreateTypeAsync(s, other.Id, new { name = "Std", price = new { amount = 0, currency = "EUR" }, capacity = 5 });
        var (_, buyer) = await factory.CreateSignedInUserAsync();
        var ticket = (await PlaceAsync(buyer, ev.Id, type.Id, 1)).Tickets[0];
        var otherTicket = (await PlaceAsync(buyer, other.Id, otherType.Id, 1)).Tickets[0];
        var forged = ticket.Code[..^1] + (ticket.Code[^1] == '0' ? '1' : '0');

        Assert.Equal(HttpStatusCode.NotFound, (await s.Owner.PostAsJsonAsync($"/api/events/{ev.Id}/checkins", new { code = forged })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await s.Owner.PostAsJsonAsync($"/api/events/{ev.Id}/checkins", new { code = "not-a-ticket" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await s.Owner.PostAsJsonAsync($"/api/events/{ev.Id}/checkins", new { code = otherTicket.Code })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await s.Owner.PostAsJsonAsync($"/api/events/{ev.Id}/checkins", new { code = "" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await s.MemberWithout.PostAsJsonAsync($"/api/events/{ev.Id}/checkins", new { code = ticket.Code })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await buyer.PostAsJsonAsync($"/api/events/{ev.Id}/checkins", new { code = ticket.Code })).StatusCode);
        Assert.Null((await buyer.GetFromJsonAsync<List<TicketResponse>>("/api/me/tickets"))!.Single(t => t.Id == ticket.Id).CheckedInAt);
    }

    [Fact]
    public async Task ConfirmationEmail_CarriesAQrPerTicket_AndTheEventsCalendar()
    {
        var (_, ev, type) = await EventWithTypeAsync(capacity: 5);
        var (email, buyer) = await factory.CreateSignedInUserAsync();
        await PlaceAsync(buyer, ev.Id, type.Id, 2);

        var message = await OrganizationScenario.WaitForEmailAsync(factory, email, "Your tickets for");

        Assert.Contains("Your tickets for", message.Subject);
        var names = message.Attachments.Select(a => a.ContentDisposition?.FileName).ToList();
        Assert.Equal(["ticket-1.png", "ticket-2.png", "event.ics"], names);
    }

    [Fact]
    public async Task Waitlist_OfASoldOutType_IsOfferedReturnedSeats_ByEmail_AndTheOfferIsClaimed()
    {
        var (s, ev, type) = await EventWithTypeAsync(capacity: 1);
        var (_, holder) = await factory.CreateSignedInUserAsync();
        var (waiterEmail, waiter) = await factory.CreateSignedInUserAsync();
        var (_, latecomer) = await factory.CreateSignedInUserAsync();
        var early = await waiter.PostAsJsonAsync($"/api/events/{ev.Id}/waitlist", new { ticketTypeId = type.Id });
        var order = await PlaceAsync(holder, ev.Id, type.Id, 1);

        var join = await waiter.PostAsJsonAsync($"/api/events/{ev.Id}/waitlist", new { ticketTypeId = type.Id });
        Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
        Assert.Equal("not_sold_out", await CodeAsync(early));
        Assert.Equal(1, (await join.Content.ReadFromJsonAsync<WaitlistEntryResponse>())!.Position);

        (await holder.PostAsync($"/api/orders/{order.Id}/cancel", null)).EnsureSuccessStatusCode();
        var snatch = await OrderAsync(latecomer, ev.Id, type.Id, 1, key: null);
        var mail = await OrganizationScenario.WaitForEmailAsync(factory, waiterEmail, "Tickets available");
        var entryId = ClaimLink().Match(mail.TextBody ?? "").Groups[1].Value;
        var claim = await waiter.PostAsync($"/api/waitlist/{entryId}/claim", null);

        Assert.Equal("sold_out", await CodeAsync(snatch));
        Assert.Equal(HttpStatusCode.Created, claim.StatusCode);
        Assert.Equal(OrderState.Confirmed, (await claim.Content.ReadFromJsonAsync<OrderResponse>())!.Status);
        Assert.Empty((await waiter.GetFromJsonAsync<List<WaitlistEntryResponse>>($"/api/events/{ev.Id}/waitlist"))!);
        Assert.Equal(1, (await TypeAsync(s, ev.Id, type.Id)).Sold);
    }

    [Fact]
    public async Task CancellingTheEvent_CancelsItsOrders_RefundsThePaidOnes_AndTellsEveryBuyer()
    {
        var (s, ev, type) = await EventWithTypeAsync(capacity: 5, price: 15);
        var (email, buyer) = await factory.CreateSignedInUserAsync();
        var order = await PlaceAsync(buyer, ev.Id, type.Id, 2);
        await PayAsync(factory, buyer, order);

        (await s.Owner.PostAsync($"/api/events/{ev.Id}/cancel", null)).EnsureSuccessStatusCode();
        var mail = await OrganizationScenario.WaitForEmailAsync(factory, email, "Order cancelled");
        var after = await buyer.GetFromJsonAsync<OrderResponse>($"/api/orders/{order.Id}");

        Assert.Equal(OrderState.Cancelled, after!.Status);
        Assert.Contains("Order cancelled", mail.Subject);
        Assert.Contains("The organizer cancelled", mail.TextBody);
        Assert.Contains("€30.00 you paid will be refunded", mail.TextBody);
        Assert.Equal(0, (await TypeAsync(s, ev.Id, type.Id)).Sold);
    }

    [Theory]
    [InlineData("POST", "/api/events/{event}/waitlist", "{}", 400)]
    [InlineData("POST", "/api/events/{event}/waitlist", "{\"ticketTypeId\":\"{unknown}\"}", 404)]
    [InlineData("POST", "/api/events/{event}/waitlist", "{\"ticketTypeId\":\"{type}\",\"quantity\":0}", 400)]
    [InlineData("DELETE", "/api/events/{event}/waitlist", "{\"ticketTypeId\":\"{type}\"}", 404)]
    [InlineData("POST", "/api/waitlist/{unknown}/claim", "", 404)]
    [InlineData("GET", "/api/tickets/{unknown}/qr.png", "", 404)]
    [InlineData("GET", "/api/orders/{unknown}", "", 404)]
    [InlineData("POST", "/api/orders/{unknown}/cancel", "", 404)]
    [InlineData("POST", "/api/events/{unknown}/checkins", "{\"code\":\"x.y\"}", 404)]
    [InlineData("POST", "/api/events/{event}/checkins", "{\"code\":\"" + "abc" + "\"}", 404)]
    [InlineData("GET", "/api/events/{event}/orders?page=0", "", 400)]
    [InlineData("GET", "/api/events/{event}/orders?pageSize=1000", "", 400)]
    [InlineData("POST", "/api/events/{event}/orders", "{\"items\":[{\"ticketTypeId\":\"{type}\",\"quantity\":1}]}", 201)]
    [InlineData("POST", "/api/events/{event}/orders", "{\"items\":[{\"ticketTypeId\":\"{type}\",\"quantity\":1},{\"ticketTypeId\":\"{type}\",\"quantity\":1}]}", 409)]
    [InlineData("POST", "/api/events/{event}/orders", "not json", 400)]
    [InlineData("POST", "/api/organizations/{org}/subscription", "{\"packageId\":\"\"}", 400)]
    [InlineData("POST", "/api/payments/stripe/webhook", "garbage", 400)]
    public async Task BadInput_GetsAClearAnswer_NeverA500(string method, string path, string body, int expected)
    {
        var (s, ev, type) = await EventWithTypeAsync(capacity: 5);
        string Fill(string text) => text.Replace("{event}", ev.Id.ToString(), StringComparison.Ordinal).Replace("{type}", type.Id.ToString(), StringComparison.Ordinal)
            .Replace("{unknown}", Guid.NewGuid().ToString(), StringComparison.Ordinal).Replace("{org}", s.OrganizationId.ToString(), StringComparison.Ordinal);
        var request = new HttpRequestMessage(new HttpMethod(method), Fill(path));
        if (body.Length > 0) request.Content = new StringContent(Fill(body), System.Text.Encoding.UTF8, "application/json");

        var response = await s.Owner.SendAsync(request);

        Assert.True((int)response.StatusCode == expected, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }

    private Task<(OrganizationScenario S, EventResponse Event, TicketTypeResponse Type)> EventWithTypeAsync(int capacity, decimal price = 0, string accessLevel = "General") =>
        TicketingEndpointTests.EventWithTypeAsync(factory, "Lifecycle", capacity, price, accessLevel);

    /// <summary>Pays at the sandbox checkout, then lets the outbox carry the payment to the order.</summary>
    internal static async Task<OrderResponse> PayAsync(EventFlyFactory factory, HttpClient buyer, OrderResponse order)
    {
        var pay = await factory.CreateClient(new() { AllowAutoRedirect = false }).PostAsync(order.CheckoutUrl + "/pay", null);
        Assert.Equal(HttpStatusCode.Redirect, pay.StatusCode);
        return await SettledAsync(factory, buyer, order.Id);
    }

    /// <summary>Dispatches the outbox until the order no longer awaits payment (at most <paramref name="rounds"/> rounds, 200 ms apart).</summary>
    internal static async Task<OrderResponse> SettledAsync(EventFlyFactory factory, HttpClient buyer, Guid orderId, int rounds = 50)
    {
        for (var attempt = 0; ; attempt++)
        {
            await factory.DispatchOutboxAsync();
            var order = (await buyer.GetFromJsonAsync<OrderResponse>($"/api/orders/{orderId}"))!;
            if (order.Status != OrderState.PendingPayment || attempt >= rounds - 1) return order;
            await Task.Delay(200);
        }
    }

    [GeneratedRegex(@"\?claim=([0-9a-f-]{36})")]
    private static partial Regex ClaimLink();
}
