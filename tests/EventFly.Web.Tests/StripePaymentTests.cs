using System.Net;
using System.Net.Http.Json;
using System.Text;
using EventFly.Client.Contracts;
using Microsoft.Extensions.DependencyInjection;
using static EventFly.Web.Tests.TicketingEndpointTests;

namespace EventFly.Web.Tests;

/// <summary>The Stripe adapter against a fake Stripe, and Stripe's signed webhooks through the real endpoint.</summary>
public sealed class StripePaymentTests(StripeFactory factory) : IClassFixture<StripeFactory>
{
    [Fact]
    public async Task PaidOrder_OpensAStripeCheckout_WithItsLinesAmountsMetadataExpiryAndIdempotencyKey()
    {
        var (_, ev, type) = await EventWithTypeAsync(price: 12.5m);
        var (_, buyer) = await factory.CreateSignedInUserAsync();

        var order = await PlaceAsync(buyer, ev.Id, type.Id, 2);

        Assert.StartsWith("https://checkout.stripe.test/cs_test_", order.CheckoutUrl);
        var request = factory.Stripe.Requests.Last(r => r.Path == "/v1/checkout/sessions");
        Assert.Equal($"order-{order.Id}", request.IdempotencyKey);
        Assert.Equal("payment", request.Form["mode"]);
        Assert.Equal("1250", request.Form["line_items[0][price_data][unit_amount]"]);
        Assert.Equal("eur", request.Form["line_items[0][price_data][currency]"]);
        Assert.Equal("2", request.Form["line_items[0][quantity]"]);
        Assert.Equal(order.Id.ToString(), request.Form["metadata[orderId]"]);
        Assert.True(long.Parse(request.Form["expires_at"], System.Globalization.CultureInfo.InvariantCulture) > DateTimeOffset.UtcNow.AddMinutes(30).ToUnixTimeSeconds());
    }

    [Fact]
    public async Task CompletedCheckout_DeliveredThreeTimes_ConfirmsTheOrderOnce()
    {
        var (s, ev, type) = await EventWithTypeAsync(price: 20);
        var (_, buyer) = await factory.CreateSignedInUserAsync();
        var order = await PlaceAsync(buyer, ev.Id, type.Id, 2);
        var sessionId = order.CheckoutUrl!.Split('/')[^1];
        var completed = FakeStripe.Webhook($"evt_{Guid.NewGuid():N}", "checkout.session.completed", Session(sessionId, order.Id));

        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++) answers.Add((await SendAsync(completed)).StatusCode);
        var paid = await OrderLifecycleEndpointTests.SettledAsync(factory, buyer, order.Id);

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a));
        Assert.Equal(OrderState.Confirmed, paid.Status);
        Assert.Equal(2, paid.Tickets.Count);
        Assert.Equal(2, (await TypeAsync(s, ev.Id, type.Id)).Sold);
    }

    [Fact]
    public async Task ExpiredNotice_ArrivingAfterTheCompletedOne_LeavesTheOrderPaid()
    {
        var (s, ev, type) = await EventWithTypeAsync(price: 20);
        var (_, buyer) = await factory.CreateSignedInUserAsync();
        var order = await PlaceAsync(buyer, ev.Id, type.Id, 1);
        var sessionId = order.CheckoutUrl!.Split('/')[^1];

        await SendAsync(FakeStripe.Webhook($"evt_{Guid.NewGuid():N}", "checkout.session.completed", Session(sessionId, order.Id)));
        await SendAsync(FakeStripe.Webhook($"evt_{Guid.NewGuid():N}", "checkout.session.expired", Session(sessionId, order.Id, paid: false)));
        var after = await OrderLifecycleEndpointTests.SettledAsync(factory, buyer, order.Id);

        Assert.Equal(OrderState.Confirmed, after.Status);
        Assert.Equal(1, (await TypeAsync(s, ev.Id, type.Id)).Sold);
    }

    [Fact]
    public async Task ExpiredCheckout_CancelsTheUnpaidOrder_AndReturnsItsSeats()
    {
        var (s, ev, type) = await EventWithTypeAsync(price: 20);
        var (_, buyer) = await factory.CreateSignedInUserAsync();
        var order = await PlaceAsync(buyer, ev.Id, type.Id, 3);

        await SendAsync(FakeStripe.Webhook($"evt_{Guid.NewGuid():N}", "checkout.session.expired", Session(order.CheckoutUrl!.Split('/')[^1], order.Id, paid: false)));
        var after = await OrderLifecycleEndpointTests.SettledAsync(factory, buyer, order.Id);

        Assert.Equal(OrderState.Cancelled, after.Status);
        Assert.Equal(5, (await TypeAsync(s, ev.Id, type.Id)).Available);
    }

    [Theory]
    [InlineData("forged")]
    [InlineData("stale")]
    [InlineData("missing")]
    public async Task Webhook_WithABadSignature_Is400_AndChangesNothing(string fault)
    {
        var (_, ev, type) = await EventWithTypeAsync(price: 20);
        var (_, buyer) = await factory.CreateSignedInUserAsync();
        var order = await PlaceAsync(buyer, ev.Id, type.Id, 1);
        var (payload, signature) = FakeStripe.Webhook($"evt_{Guid.NewGuid():N}", "checkout.session.completed", Session(order.CheckoutUrl!.Split('/')[^1], order.Id),
            secret: fault == "forged" ? "whsec_someone_else" : FakeStripe.WebhookSecret);
        if (fault == "stale") signature = signature.Replace("t=", "t=1", StringComparison.Ordinal);
        if (fault == "missing") signature = "";

        var response = await SendAsync((payload, signature));
        var after = await OrderLifecycleEndpointTests.SettledAsync(factory, buyer, order.Id, rounds: 2);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(OrderState.PendingPayment, after.Status);
    }

    [Fact]
    public async Task Webhook_OfAnUnknownTypeOrForAnUnknownCheckout_IsAcknowledgedAndIgnored()
    {
        var unknownType = await SendAsync(FakeStripe.Webhook($"evt_{Guid.NewGuid():N}", "invoice.finalized", new { id = "in_1", @object = "invoice" }));
        var unknownSession = await SendAsync(FakeStripe.Webhook($"evt_{Guid.NewGuid():N}", "checkout.session.completed", Session("cs_not_ours", Guid.NewGuid())));

        Assert.Equal(HttpStatusCode.OK, unknownType.StatusCode);
        Assert.Equal(HttpStatusCode.OK, unknownSession.StatusCode);
    }

    [Fact]
    public async Task CancellingAPaidOrder_RefundsItsPaymentIntentAtStripe_Once()
    {
        var (s, ev, type) = await EventWithTypeAsync(price: 20);
        var (_, buyer) = await factory.CreateSignedInUserAsync();
        var order = await PlaceAsync(buyer, ev.Id, type.Id, 2);
        var intent = $"pi_{Guid.NewGuid():N}";
        await SendAsync(FakeStripe.Webhook($"evt_{Guid.NewGuid():N}", "checkout.session.completed", Session(order.CheckoutUrl!.Split('/')[^1], order.Id, intent: intent)));
        await OrderLifecycleEndpointTests.SettledAsync(factory, buyer, order.Id);

        var cancel = await s.Owner.PostAsync($"/api/orders/{order.Id}/cancel", null);
        var again = await s.Owner.PostAsync($"/api/orders/{order.Id}/cancel", null);
        await OrganizationScenario.WaitForEmailAsync(factory, (await buyer.GetFromJsonAsync<MeResponse>("/api/me"))!.Email, "Order cancelled");

        Assert.Equal(HttpStatusCode.OK, cancel.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        var refund = Assert.Single(factory.Stripe.Requests, r => r.Path == "/v1/refunds" && r.Form["payment_intent"] == intent);
        Assert.Equal("4000", refund.Form["amount"]);
    }

    [Fact]
    public async Task PaymentArrivingAfterItsSeatsWereResold_IsRefundedAutomatically_AndTheBuyerTold()
    {
        var (s, ev, type) = await EventWithTypeAsync(price: 20, capacity: 1);
        var (lateEmail, late) = await factory.CreateSignedInUserAsync();
        var (_, quick) = await factory.CreateSignedInUserAsync();
        var slowOrder = await PlaceAsync(late, ev.Id, type.Id, 1);
        await ExpireHoldsAfterAsync(TimeSpan.FromMinutes(16));
        var quickOrder = await PlaceAsync(quick, ev.Id, type.Id, 1);
        await SendAsync(FakeStripe.Webhook($"evt_{Guid.NewGuid():N}", "checkout.session.completed", Session(quickOrder.CheckoutUrl!.Split('/')[^1], quickOrder.Id, intent: "pi_quick")));
        await OrderLifecycleEndpointTests.SettledAsync(factory, quick, quickOrder.Id);
        var lateIntent = $"pi_{Guid.NewGuid():N}";

        await SendAsync(FakeStripe.Webhook($"evt_{Guid.NewGuid():N}", "checkout.session.completed", Session(slowOrder.CheckoutUrl!.Split('/')[^1], slowOrder.Id, intent: lateIntent)));
        var mail = await OrganizationScenario.WaitForEmailAsync(factory, lateEmail, "Order cancelled");

        Assert.Equal(OrderState.Cancelled, (await late.GetFromJsonAsync<OrderResponse>($"/api/orders/{slowOrder.Id}"))!.Status);
        Assert.Equal(OrderState.Confirmed, (await quick.GetFromJsonAsync<OrderResponse>($"/api/orders/{quickOrder.Id}"))!.Status);
        Assert.Contains("will be refunded", mail.TextBody);
        var refund = Assert.Single(factory.Stripe.Requests, r => r.Path == "/v1/refunds" && r.Form["payment_intent"] == lateIntent);
        Assert.Equal("2000", refund.Form["amount"]);
        Assert.Equal(1, (await TypeAsync(s, ev.Id, type.Id)).Sold);
    }

    [Fact]
    public async Task HoldPastItsTime_WhoseCheckoutStripeReportsPaid_IsConfirmedNotReleased()
    {
        var (s, ev, type) = await EventWithTypeAsync(price: 20, capacity: 3);
        var (_, buyer) = await factory.CreateSignedInUserAsync();
        var order = await PlaceAsync(buyer, ev.Id, type.Id, 2);
        factory.Stripe.PaidSessions[order.CheckoutUrl!.Split('/')[^1]] = "pi_reconciled";

        await ExpireHoldsAfterAsync(TimeSpan.FromMinutes(16));
        var after = await OrderLifecycleEndpointTests.SettledAsync(factory, buyer, order.Id);

        Assert.Equal(OrderState.Confirmed, after.Status);
        Assert.Equal(2, (await TypeAsync(s, ev.Id, type.Id)).Sold);
    }

    [Fact]
    public async Task SwitchingPackages_CancelsThePreviousSubscriptionAtStripe_WhoseEndingKeepsTheNewPackage()
    {
        var s = await OrganizationScenario.CreateAsync(factory);
        async Task SubscribeAsync(string packageId, string subscriptionId)
        {
            var checkout = await (await s.Owner.PostAsJsonAsync(s.Url("/subscription"), new { packageId })).Content.ReadFromJsonAsync<CheckoutResponse>();
            var request = factory.Stripe.Requests.Last(r => r.Path == "/v1/checkout/sessions");
            Assert.Equal(("subscription", packageId), (request.Form["mode"], request.Form["metadata[packageId]"]));
            await SendAsync(FakeStripe.Webhook($"evt_{Guid.NewGuid():N}", "checkout.session.completed", new
            {
                id = checkout!.CheckoutUrl.Split('/')[^1], @object = "checkout.session", mode = "subscription", subscription = subscriptionId, status = "complete",
                payment_status = "paid", metadata = new Dictionary<string, string> { ["organizationId"] = s.OrganizationId.ToString(), ["packageId"] = packageId },
            }));
            await factory.DispatchOutboxAsync();
        }
        var first = $"sub_{Guid.NewGuid():N}";

        await SubscribeAsync("pro", first);
        await SubscribeAsync("business", $"sub_{Guid.NewGuid():N}");
        await SendAsync(FakeStripe.Webhook($"evt_{Guid.NewGuid():N}", "customer.subscription.deleted", new
        {
            id = first, @object = "subscription", status = "canceled",
            metadata = new Dictionary<string, string> { ["organizationId"] = s.OrganizationId.ToString(), ["packageId"] = "pro" },
        }));
        await factory.DispatchOutboxAsync();

        Assert.Contains(factory.Stripe.Requests, r => r.Method == "DELETE" && r.Path == $"/v1/subscriptions/{first}");
        await using var scope = factory.Services.CreateAsyncScope();
        var package = await scope.ServiceProvider.GetRequiredService<Services.Organizations.Contracts.IOrganizationBilling>().GetPackageAsync(s.OrganizationId, default);
        Assert.Equal("business", package.Id);
    }

    /// <summary>Moves the host's clock ahead (for good: time does not run backwards) and runs the hold-expiry job once.</summary>
    private async Task ExpireHoldsAfterAsync(TimeSpan wait)
    {
        factory.Time.Offset += wait;
        await using var scope = factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<Services.Ticketing.OrderLifecycle>().ExpireHoldsAsync(CancellationToken.None);
    }

    private Task<(OrganizationScenario S, EventResponse Event, TicketTypeResponse Type)> EventWithTypeAsync(decimal price, int capacity = 5) =>
        TicketingEndpointTests.EventWithTypeAsync(factory, "Stripe night", capacity, price);

    private static object Session(string id, Guid orderId, bool paid = true, string intent = "pi_test_1") => new
    {
        id, @object = "checkout.session", payment_intent = intent, status = paid ? "complete" : "expired", payment_status = paid ? "paid" : "unpaid",
        mode = "payment", metadata = new Dictionary<string, string> { ["orderId"] = orderId.ToString() },
    };

    private Task<HttpResponseMessage> SendAsync((string Payload, string Signature) webhook)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/payments/stripe/webhook") { Content = new StringContent(webhook.Payload, Encoding.UTF8, "application/json") };
        request.Headers.TryAddWithoutValidation("Stripe-Signature", webhook.Signature);
        return factory.CreateClient().SendAsync(request);
    }
}
