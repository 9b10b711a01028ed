using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EventFly.Client.Contracts;

namespace EventFly.Web.Tests;

/// <summary>Orders, seats and rushes through HTTP on SQLite; <see cref="PostgreSqlTicketingEndpointTests"/> runs them on PostgreSQL.</summary>
public class TicketingEndpointTests(MatrixFactory factory) : IClassFixture<MatrixFactory>
{
    private static readonly (string City, double Lat, double Lng) Berlin = ("Berlin", 52.52, 13.40);

    [Fact]
    public async Task Rush_64BuyersForTheLast10Seats_Exactly10Win_EveryoneElseGetsSoldOut()
    {
        var s = await factory.ScenarioAsync();
        var ev = await EventEndpointTests.CreatePublishedAsync(s, EventEndpointTests.EventBody("Rush", Berlin));
        var type = await CreateTypeAsync(s, ev.Id, new { name = "Last seats", price = new { amount = 0, currency = "EUR" }, capacity = 10, maxPerOrder = 1 });
        var buyers = await Task.WhenAll(Enumerable.Range(0, 64).Select(_ => factory.CreateSignedInUserAsync()));

        var responses = await Task.WhenAll(buyers.Select(b => b.Client.PostAsJsonAsync($"/api/events/{ev.Id}/orders",
            new { items = new[] { new { ticketTypeId = type.Id, quantity = 1 } } })));

        Assert.Equal(10, responses.Count(r => r.StatusCode == HttpStatusCode.Created));
        Assert.Equal(54, responses.Count(r => r.StatusCode == HttpStatusCode.Conflict));
        foreach (var refused in responses.Where(r => r.StatusCode == HttpStatusCode.Conflict))
            Assert.Equal("sold_out", await CodeAsync(refused));
        var after = await TypeAsync(s, ev.Id, type.Id);
        Assert.Equal((10, 0), (after.Sold, after.Available));
        var tickets = await Task.WhenAll(buyers.Select(b => b.Client.GetFromJsonAsync<List<TicketResponse>>("/api/me/tickets")));
        Assert.Equal(10, tickets.Sum(t => t!.Count));
    }

    [Fact]
    public async Task Rush_OnASharedQuota_NeverSellsMoreThanTheQuota()
    {
        var s = await factory.ScenarioAsync();
        var ev = await EventEndpointTests.CreatePublishedAsync(s, EventEndpointTests.EventBody("Quota rush", Berlin));
        var quota = await (await s.Owner.PostAsJsonAsync($"/api/events/{ev.Id}/quotas", new { name = "Venue", capacity = 10 })).Content.ReadFromJsonAsync<QuotaResponse>();
        var early = await CreateTypeAsync(s, ev.Id, new { name = "Early bird", price = new { amount = 0, currency = "EUR" }, capacity = 10, quotaId = quota!.Id });
        var regular = await CreateTypeAsync(s, ev.Id, new { name = "Regular", price = new { amount = 0, currency = "EUR" }, capacity = 10, quotaId = quota.Id });
        var buyers = await Task.WhenAll(Enumerable.Range(0, 64).Select(_ => factory.CreateSignedInUserAsync()));

        var responses = await Task.WhenAll(buyers.Select((b, i) => b.Client.PostAsJsonAsync($"/api/events/{ev.Id}/orders",
            new { items = new[] { new { ticketTypeId = i % 2 == 0 ? early.Id : regular.Id, quantity = 1 } } })));

        Assert.Equal(10, responses.Count(r => r.StatusCode == HttpStatusCode.Created));
        Assert.All(responses, r => Assert.Contains(r.StatusCode, new[] { HttpStatusCode.Created, HttpStatusCode.Conflict }));
        Assert.Equal(10, (await TypeAsync(s, ev.Id, early.Id)).Sold + (await TypeAsync(s, ev.Id, regular.Id)).Sold);
    }

    [Fact]
    public async Task FreeOrder_IsConfirmedWithOneTicketPerSeat()
    {
        var s = await factory.ScenarioAsync();
        var ev = await EventEndpointTests.CreatePublishedAsync(s, EventEndpointTests.EventBody("Free", Berlin));
        var type = await CreateTypeAsync(s, ev.Id, new { name = "Free entry", price = new { amount = 0, currency = "EUR" }, capacity = 50, accessLevel = "VIP" });
        var (_, buyer) = await factory.CreateSignedInUserAsync();

        var response = await buyer.PostAsJsonAsync($"/api/events/{ev.Id}/orders", new { items = new[] { new { ticketTypeId = type.Id, quantity = 3 } } });
        var order = await response.Content.ReadFromJsonAsync<OrderResponse>();

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(OrderState.Confirmed, order!.Status);
        Assert.Equal(3, order.Tickets.Count);
        Assert.Equal(3, order.Tickets.Select(t => t.Code).Distinct().Count());
        Assert.All(order.Tickets, t => Assert.Equal("VIP", t.AccessLevel));
    }

    [Fact]
    public async Task PaidOrder_HoldsSeatsUntilItExpires()
    {
        var s = await factory.ScenarioAsync();
        var ev = await EventEndpointTests.CreatePublishedAsync(s, EventEndpointTests.EventBody("Paid", Berlin));
        var type = await CreateTypeAsync(s, ev.Id, new { name = "Standard", price = new { amount = 12.5, currency = "EUR" }, capacity = 5 });
        var (_, buyer) = await factory.CreateSignedInUserAsync();

        var order = await (await buyer.PostAsJsonAsync($"/api/events/{ev.Id}/orders", new { items = new[] { new { ticketTypeId = type.Id, quantity = 2 } } }))
            .Content.ReadFromJsonAsync<OrderResponse>();

        Assert.Equal(OrderState.PendingPayment, order!.Status);
        Assert.Equal(25m, order.Total.Amount);
        Assert.NotNull(order.ExpiresAt);
        Assert.Empty(order.Tickets);
        Assert.Equal(3, (await TypeAsync(s, ev.Id, type.Id)).Available);
    }

    [Fact]
    public async Task IdempotencyKey_SameBodyReturnsTheSameOrder_OtherBodyIs422()
    {
        var s = await factory.ScenarioAsync();
        var ev = await EventEndpointTests.CreatePublishedAsync(s, EventEndpointTests.EventBody("Idempotent", Berlin));
        var type = await CreateTypeAsync(s, ev.Id, new { name = "Once", price = new { amount = 0, currency = "EUR" }, capacity = 100 });
        var (_, buyer) = await factory.CreateSignedInUserAsync();

        var first = await OrderAsync(buyer, ev.Id, type.Id, 2, "key-1");
        var replay = await OrderAsync(buyer, ev.Id, type.Id, 2, "key-1");
        var other = await OrderAsync(buyer, ev.Id, type.Id, 3, "key-1");

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal((await first.Content.ReadFromJsonAsync<OrderResponse>())!.Id, (await replay.Content.ReadFromJsonAsync<OrderResponse>())!.Id);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, other.StatusCode);
        Assert.Equal("idempotency_key_reused", await CodeAsync(other));
        Assert.Equal(2, (await TypeAsync(s, ev.Id, type.Id)).Sold);
    }

    [Fact]
    public async Task IdempotencyKey_SentConcurrently_MakesOneOrder()
    {
        var s = await factory.ScenarioAsync();
        var ev = await EventEndpointTests.CreatePublishedAsync(s, EventEndpointTests.EventBody("Concurrent key", Berlin));
        var type = await CreateTypeAsync(s, ev.Id, new { name = "Once", price = new { amount = 0, currency = "EUR" }, capacity = 100 });
        var (_, buyer) = await factory.CreateSignedInUserAsync();

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => OrderAsync(buyer, ev.Id, type.Id, 1, "same-key")));
        var ids = await Task.WhenAll(responses.Select(async r => (await r.Content.ReadFromJsonAsync<OrderResponse>())!.Id));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        Assert.Single(ids.Distinct());
        Assert.Equal(1, (await TypeAsync(s, ev.Id, type.Id)).Sold);
    }

    [Theory]
    [InlineData("zero")]
    [InlineData("above-max")]
    [InlineData("other-event-type")]
    [InlineData("sales-closed")]
    [InlineData("no-items")]
    public async Task Order_WithBadInput_IsRefusedAndTakesNoSeat(string situation)
    {
        var s = await factory.ScenarioAsync();
        var ev = await EventEndpointTests.CreatePublishedAsync(s, EventEndpointTests.EventBody("Strict", Berlin));
        var other = await EventEndpointTests.CreatePublishedAsync(s, EventEndpointTests.EventBody("Other", Berlin));
        var type = await CreateTypeAsync(s, ev.Id, new { name = "Std", price = new { amount = 0, currency = "EUR" }, capacity = 10, maxPerOrder = 4 });
        var otherType = await CreateTypeAsync(s, other.Id, new { name = "Other", price = new { amount = 0, currency = "EUR" }, capacity = 10 });
        var closed = await CreateTypeAsync(s, ev.Id, new { name = "Closed", price = new { amount = 0, currency = "EUR" }, capacity = 10,
            salesStart = DateTimeOffset.UtcNow.AddDays(-2), salesEnd = DateTimeOffset.UtcNow.AddDays(-1) });
        var (_, buyer) = await factory.CreateSignedInUserAsync();

        var (typeId, quantity, expected, code) = situation switch
        {
            "zero" => (type.Id, 0, HttpStatusCode.BadRequest, (string?)null),
            "above-max" => (type.Id, 5, HttpStatusCode.Conflict, "invalid_quantity"),
            "other-event-type" => (otherType.Id, 1, HttpStatusCode.NotFound, "unknown_ticket_type"),
            "sales-closed" => (closed.Id, 1, HttpStatusCode.Conflict, "sales_closed"),
            _ => (Guid.Empty, 0, HttpStatusCode.BadRequest, null),
        };
        var response = situation == "no-items"
            ? await buyer.PostAsJsonAsync($"/api/events/{ev.Id}/orders", new { items = Array.Empty<object>() })
            : await OrderAsync(buyer, ev.Id, typeId, quantity, key: null);

        Assert.Equal(expected, response.StatusCode);
        if (code is not null) Assert.Equal(code, await CodeAsync(response));
        Assert.Equal(0, (await TypeAsync(s, ev.Id, type.Id)).Sold);
        Assert.Equal(0, (await TypeAsync(s, other.Id, otherType.Id)).Sold);
    }

    [Fact]
    public async Task Capacity_CannotDropBelowSold()
    {
        var s = await factory.ScenarioAsync();
        var ev = await EventEndpointTests.CreatePublishedAsync(s, EventEndpointTests.EventBody("Shrink", Berlin));
        var type = await CreateTypeAsync(s, ev.Id, new { name = "Std", price = new { amount = 0, currency = "EUR" }, capacity = 10 });
        var (_, buyer) = await factory.CreateSignedInUserAsync();
        (await OrderAsync(buyer, ev.Id, type.Id, 4, null)).EnsureSuccessStatusCode();

        var response = await s.Owner.PutAsJsonAsync($"/api/events/{ev.Id}/ticket-types/{type.Id}",
            new { name = "Std", price = new { amount = 0, currency = "EUR" }, capacity = 3 });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("capacity_below_sold", await CodeAsync(response));
        Assert.Equal(10, (await TypeAsync(s, ev.Id, type.Id)).Capacity);
    }

    [Fact]
    public async Task Orders_OfAnotherUser_AreNotFound_AndDraftEventsSellNothing()
    {
        var s = await factory.ScenarioAsync();
        var ev = await EventEndpointTests.CreatePublishedAsync(s, EventEndpointTests.EventBody("Private orders", Berlin));
        var draft = await EventEndpointTests.CreateAsync(s, EventEndpointTests.EventBody("Draft", Berlin));
        var type = await CreateTypeAsync(s, ev.Id, new { name = "Std", price = new { amount = 0, currency = "EUR" }, capacity = 10 });
        var draftType = await CreateTypeAsync(s, draft.Id, new { name = "Std", price = new { amount = 0, currency = "EUR" }, capacity = 10 });
        var (_, buyer) = await factory.CreateSignedInUserAsync();
        var (_, snoop) = await factory.CreateSignedInUserAsync();
        var order = await (await OrderAsync(buyer, ev.Id, type.Id, 1, null)).Content.ReadFromJsonAsync<OrderResponse>();

        var peek = await snoop.GetAsync($"/api/orders/{order!.Id}");
        var own = await buyer.GetAsync($"/api/orders/{order.Id}");
        var onDraft = await OrderAsync(buyer, draft.Id, draftType.Id, 1, null);

        Assert.Equal(HttpStatusCode.NotFound, peek.StatusCode);
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, onDraft.StatusCode);
    }

    [Fact]
    public async Task TicketTypes_AreManagedOnlyWithTicketsManage()
    {
        var s = await factory.ScenarioAsync();
        var ev = await EventEndpointTests.CreatePublishedAsync(s, EventEndpointTests.EventBody("Guarded", Berlin));
        var body = new { name = "Std", price = new { amount = 0, currency = "EUR" }, capacity = 10 };

        var anonymous = await factory.CreateClient().PostAsJsonAsync($"/api/events/{ev.Id}/ticket-types", body);
        var staffAdmin = await s.MemberWith.PostAsJsonAsync($"/api/events/{ev.Id}/ticket-types", body);
        var owner = await s.Owner.PostAsJsonAsync($"/api/events/{ev.Id}/ticket-types", body);

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, staffAdmin.StatusCode);
        Assert.Equal(HttpStatusCode.Created, owner.StatusCode);
    }

    [Fact]
    public async Task Discovery_ShowsTheLowestVisiblePrice_OfEachEvent()
    {
        var s = await factory.ScenarioAsync();
        var tag = $"priced{Guid.NewGuid():N}"[..20];
        var ev = await EventEndpointTests.CreatePublishedAsync(s, EventEndpointTests.EventBody("Priced", Berlin, tags: [tag]));
        await CreateTypeAsync(s, ev.Id, new { name = "VIP", price = new { amount = 45, currency = "EUR" }, capacity = 5 });
        await CreateTypeAsync(s, ev.Id, new { name = "Standing", price = new { amount = 18, currency = "EUR" }, capacity = 5 });
        await CreateTypeAsync(s, ev.Id, new { name = "Crew", price = new { amount = 0, currency = "EUR" }, capacity = 5, hidden = true });

        var found = await factory.CreateClient().GetFromJsonAsync<PagedResponse<EventSearchItem>>($"/api/events?q={tag}");

        Assert.Equal(18m, Assert.Single(found!.Items).MinPrice!.Amount);
    }

    internal static async Task<TicketTypeResponse> CreateTypeAsync(OrganizationScenario s, Guid eventId, object body)
    {
        var response = await s.Owner.PostAsJsonAsync($"/api/events/{eventId}/ticket-types", body);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<TicketTypeResponse>())!;
    }

    internal static async Task<TicketTypeResponse> TypeAsync(OrganizationScenario s, Guid eventId, Guid typeId) =>
        (await s.Owner.GetFromJsonAsync<List<TicketTypeResponse>>($"/api/events/{eventId}/ticket-types"))!.Single(t => t.Id == typeId);

    internal static Task<HttpResponseMessage> OrderAsync(HttpClient buyer, Guid eventId, Guid typeId, int quantity, string? key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/events/{eventId}/orders")
        {
            Content = JsonContent.Create(new { items = new[] { new { ticketTypeId = typeId, quantity } } }),
        };
        if (key is not null) request.Headers.Add("Idempotency-Key", key);
        return buyer.SendAsync(request);
    }

    /// <summary>A published event of the scenario's organization with one ticket type.</summary>
    internal static async Task<(OrganizationScenario S, EventResponse Event, TicketTypeResponse Type)> EventWithTypeAsync(
        MatrixFactory factory, string name, int capacity, decimal price, string accessLevel = "General")
    {
        var s = await factory.ScenarioAsync();
        var ev = await EventEndpointTests.CreatePublishedAsync(s, EventEndpointTests.EventBody(name, Berlin));
        var type = await CreateTypeAsync(s, ev.Id, new { name = "Std", price = new { amount = price, currency = "EUR" }, capacity, accessLevel });
        return (s, ev, type);
    }

    /// <summary>Places an order that must be accepted (201) and returns it.</summary>
    internal static async Task<OrderResponse> PlaceAsync(HttpClient buyer, Guid eventId, Guid typeId, int quantity)
    {
        var response = await OrderAsync(buyer, eventId, typeId, quantity, key: null);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<OrderResponse>())!;
    }

    internal static async Task<string?> CodeAsync(HttpResponseMessage response)
    {
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.TryGetProperty("code", out var code) ? code.GetString() : null;
    }
}
