using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using EventFly.Services.Outbox;
using EventFly.Services.Persistence;
using EventFly.Services.Recommendations.Persistence;
using EventFly.Services.Recommendations.Ranking;
using EventFly.Services.Ticketing.Contracts;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NATS.Client.Core;
using NATS.Client.JetStream;
using static EventFly.Web.Tests.TicketingEndpointTests;

namespace EventFly.Web.Tests;

/// <summary>
/// Integration events over a real <c>nats-server</c> with JetStream (ADR 0025), one server per test: an order reaches each
/// context's durable consumer; a repeated publish is applied once; a message one consumer always fails on ends in its
/// dead letters (shown by <c>GET /api/admin/operations</c>) while the messages after it flow; 200 orders placed during a
/// 30 s outage (issue 17), with the outbox loop running as in production, wait in the outbox and reach every consumer
/// exactly once in effect within seconds of the broker's return; and a broker that comes back without its store gets its
/// streams and consumers again. Waits poll for a state, never sleep (the outage itself lasts its 30 s).
/// </summary>
public sealed class NatsMessagingTests(ITestOutputHelper output)
{
    /// <summary>Issue 17: the broker is down this long while <see cref="OutageOrders"/> orders are placed.</summary>
    private static readonly TimeSpan Outage = TimeSpan.FromSeconds(30);
    private const int OutageOrders = 200;
    private const int OutageBuyers = 4;

    private static readonly (string City, double Lat, double Lng) Berlin = ("Berlin", 52.52, 13.40);
    private static readonly string[] Contexts = ["analytics", "recommendations", "notifications", Probe.Name];

    [Fact]
    public async Task AnOrder_ReachesEachContextsConsumer_AndTheSameMessageIdPublishedAgain_IsAppliedOnce()
    {
        await using var nats = await NatsServer.StartAsync();
        await using var factory = new NatsFactory(nats.Url);
        var shop = await Shop.OpenAsync(factory);

        var order = await shop.PlaceAsync();
        await factory.DrainOutboxAsync();
        await WaitForAsync(async () => factory.Probe.Seen(order.Id) == 1 && await shop.SoldAsync() == 1 && await shop.OrderInteractionsAsync() == 1,
            "the order in the probe, the analytics read model and the interaction log");
        var confirmed = await factory.OutboxMessageOfAsync(order.Id);
        await factory.WaitForProcessedAsync(confirmed.Id, Contexts);

        // Again through the bus: the broker's duplicate window drops it. Then past the window (a new Nats-Msg-Id, the same
        // outbox id): the broker stores it again, and every consumer's processed-message check drops it.
        var stored = await factory.StoredEventsAsync();
        await factory.Bus.PublishAsync(confirmed.Type, confirmed.Payload, confirmed.Id, new Dictionary<string, string>(), CancellationToken.None);
        var afterRepublish = await factory.StoredEventsAsync();
        await factory.PublishRawAsync(confirmed);
        await factory.WaitForConsumersIdleAsync(Contexts);

        Assert.Equal(stored, afterRepublish);
        Assert.Equal(stored + 1, await factory.StoredEventsAsync());
        Assert.Equal(1, factory.Probe.Seen(order.Id));
        Assert.Equal(1, await shop.SoldAsync());
        Assert.Equal(1, await shop.OrderInteractionsAsync());
    }

    [Fact]
    public async Task AMessageOneConsumerAlwaysFailsOn_EndsInItsDeadLetters_ShownToAdmins_WhileTheMessagesAfterItFlow()
    {
        await using var nats = await NatsServer.StartAsync();
        await using var factory = new NatsFactory(nats.Url);
        var shop = await Shop.OpenAsync(factory);
        using var admin = await factory.CreateBearerClientAsync(EventFlyFactory.AdminEmail, EventFlyFactory.AdminPassword);

        var poison = await shop.PlaceAsync();
        factory.Probe.AlwaysFail(poison.Id);
        var after = await shop.PlaceAsync();
        await factory.DrainOutboxAsync();
        JsonElement messaging = default;
        await WaitForAsync(async () =>
        {
            messaging = (await admin.GetFromJsonAsync<JsonElement>("/api/admin/operations")).GetProperty("messaging");
            return messaging.GetProperty("deadLetters").GetInt64() == 1 && factory.Probe.Seen(after.Id) == 1 && await shop.SoldAsync() == 2;
        }, "one dead letter, and the order after it in the probe and in analytics");

        var confirmed = await factory.OutboxMessageOfAsync(poison.Id);
        var dead = Assert.Single(messaging.GetProperty("latestDeadLetters").EnumerateArray());
        Assert.Equal(("nats", true), (messaging.GetProperty("transport").GetString(), messaging.GetProperty("connected").GetBoolean()));
        Assert.Equal((Probe.Name, OrderConfirmedV1.MessageType, confirmed.Id, NatsFactory.MaxDeliver),
            (dead.GetProperty("consumer").GetString(), dead.GetProperty("type").GetString(), dead.GetProperty("messageId").GetGuid(), dead.GetProperty("deliveries").GetInt32()));
        Assert.Contains("poisoned", dead.GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal(NatsFactory.MaxDeliver, factory.Probe.Attempts(poison.Id));
        Assert.Equal(0, factory.Probe.Seen(poison.Id));
        Assert.Equal(2, await shop.OrderInteractionsAsync());
    }

    [Fact]
    public async Task TwoHundredOrdersPlacedDuringA30SecondBrokerOutage_ReachEveryConsumerExactlyOnce_SecondsAfterItIsBack()
    {
        await using var nats = await NatsServer.StartAsync();
        await using var factory = new NatsFactory(nats.Url, outboxLoop: true);
        // Each buyer orders once per event (Recommendations keeps one interaction per person, event and kind): the 200 orders
        // go to 50 events, and one more event has the order placed before the outage.
        var shops = await Shop.OpenManyAsync(factory, OutageOrders / OutageBuyers + 1);
        var buyers = new List<HttpClient>();
        for (var i = 0; i < OutageBuyers; i++) buyers.Add((await factory.CreateSignedInUserAsync()).Client);
        try
        {
            var before = await shops[^1].PlaceAsync(buyers[0]);
            await WaitForAsync(() => Task.FromResult(factory.Probe.Seen(before.Id) == 1), "the first order delivered by the outbox loop");
            await factory.WaitForConsumersIdleAsync(Contexts);

            await nats.StopAsync();
            var outage = Stopwatch.StartNew();
            var during = await PlaceSpreadAsync(shops, buyers, outage);
            var placed = outage.Elapsed;
            var waiting = await factory.UndispatchedIntegrationEventsAsync();
            // The outage lasts its 30 s whatever the pace of the orders: the requirement, not a wait for some state.
            if (outage.Elapsed < Outage) await Task.Delay(Outage - outage.Elapsed);
            var down = outage.Elapsed;

            await nats.RestartAsync();
            var back = Stopwatch.StartNew();
            var firstDelivery = TimeSpan.Zero;
            var lastProgress = TimeSpan.Zero;
            await WaitForAsync(async () =>
            {
                if (firstDelivery == TimeSpan.Zero && during.Any(o => factory.Probe.Seen(o.Id) > 0)) firstDelivery = back.Elapsed;
                var (expected, processed) = await factory.DeliveriesAsync();
                if (back.Elapsed - lastProgress > TimeSpan.FromSeconds(5))
                {
                    lastProgress = back.Elapsed;
                    output.WriteLine(FormattableString.Invariant($"{back.Elapsed.TotalSeconds:F1} s after the restart: {processed.Count} of {expected.Count} deliveries"));
                }
                return processed.Count >= expected.Count && during.All(o => factory.Probe.Seen(o.Id) > 0);
            }, "every consumer's share of the orders placed during the outage", seconds: 120);
            var allDelivered = back.Elapsed;
            await factory.WaitForConsumersIdleAsync(Contexts);
            output.WriteLine(FormattableString.Invariant(
                $"{during.Count} orders placed in {placed.TotalSeconds:F1} s while the broker was down ({down.TotalSeconds:F1} s), {waiting} integration events waiting; after the restart: first delivery {firstDelivery.TotalSeconds:F1} s, all {allDelivered.TotalSeconds:F1} s"));

            var (expectedAtLast, processedAtLast) = await factory.DeliveriesAsync();
            var sold = 0;
            foreach (var shop in shops) sold += await shop.SoldAsync();
            Assert.Equal(OutageOrders, during.Count);
            Assert.True(waiting >= OutageOrders, $"{waiting} integration events waited in the outbox during the outage");
            Assert.Equal(0, await factory.UndispatchedAsync());
            Assert.Equal(expectedAtLast.Order(), processedAtLast.Order());
            Assert.All(during.Append(before), o => Assert.Equal(1, factory.Probe.Seen(o.Id)));
            Assert.Equal(OutageOrders + 1, sold);
            Assert.Equal(OutageOrders + 1, await Shop.OrderInteractionsAsync(factory, shops));
            Assert.True(firstDelivery < TimeSpan.FromSeconds(15), $"delivery resumed {firstDelivery.TotalSeconds:F1} s after the broker was back");
        }
        finally
        {
            foreach (var buyer in buyers) buyer.Dispose();
        }
    }

    /// <summary>
    /// <see cref="OutageOrders"/> orders spread evenly over <see cref="Outage"/> (from <paramref name="clock"/>'s start): order
    /// <c>i</c> is buyer <c>i % buyers</c>'s ticket for event <c>i / buyers</c>, each buyer placing one at a time; all must be accepted.
    /// </summary>
    private static async Task<IReadOnlyList<EventFly.Client.Contracts.OrderResponse>> PlaceSpreadAsync(
        IReadOnlyList<Shop> shops, List<HttpClient> buyers, Stopwatch clock)
    {
        var orders = new ConcurrentBag<EventFly.Client.Contracts.OrderResponse>();
        await Task.WhenAll(buyers.Select(async (buyer, b) =>
        {
            for (var i = b; i < OutageOrders; i += buyers.Count)
            {
                var due = Outage * i / OutageOrders - clock.Elapsed;
                if (due > TimeSpan.Zero) await Task.Delay(due);
                orders.Add(await shops[i / buyers.Count].PlaceAsync(buyer));
            }
        }));
        return [.. orders];
    }

    [Fact]
    public async Task ABrokerThatComesBackWithoutItsStore_GetsItsStreamsAndConsumersAgain_AndLaterOrdersFlow()
    {
        await using var nats = await NatsServer.StartAsync();
        await using var factory = new NatsFactory(nats.Url);
        var shop = await Shop.OpenAsync(factory);
        var before = await shop.PlaceAsync();
        await factory.DrainOutboxAsync();
        await WaitForAsync(async () => factory.Probe.Seen(before.Id) == 1 && await shop.SoldAsync() == 1, "the first order delivered");

        await nats.StopAsync();
        await nats.RestartAsync(wipeStore: true);
        var back = Stopwatch.StartNew();
        var after = await shop.PlaceAsync();
        await WaitForAsync(async () =>
        {
            await factory.DrainOutboxAsync();
            return factory.Probe.Seen(after.Id) == 1 && await shop.SoldAsync() == 2 && await shop.OrderInteractionsAsync() == 2;
        }, "the order after the restart delivered", seconds: 60);
        output.WriteLine(FormattableString.Invariant($"delivered {back.Elapsed.TotalSeconds:F1} s after the broker came back without its store"));

        Assert.Equal(0, await factory.UndispatchedIntegrationEventsAsync());
        Assert.Equal(1, factory.Probe.Seen(before.Id));
    }

    /// <summary>Polls <paramref name="condition"/> until it holds, failing after a generous deadline.</summary>
    internal static async Task WaitForAsync(Func<Task<bool>> condition, string what, int seconds = 90)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"Waited {seconds} s in vain for {what}.");
            await Task.Delay(100);
        }
    }

    /// <summary>Until each named consumer has nothing pending and nothing awaiting its acknowledgement.</summary>
    internal static Task WaitForConsumersIdleAsync(NatsBroker broker, IReadOnlyList<string> consumers) => WaitForAsync(async () =>
    {
        foreach (var consumer in consumers)
        {
            var info = (await broker.JetStream.GetConsumerAsync(NatsBroker.Stream, NatsConsumerHost.DurableName(consumer))).Info;
            if (info.NumPending > 0 || info.NumAckPending > 0) return false;
        }
        return true;
    }, $"consumers {string.Join(", ", consumers)} idle");

    /// <summary>An organization with a published event and a free ticket type; each order is a new buyer's single ticket.</summary>
    internal sealed class Shop(NatsFactory factory, OrganizationScenario scenario, Guid eventId, Guid typeId)
    {
        public Guid EventId => eventId;

        public static async Task<Shop> OpenAsync(NatsFactory factory)
        {
            var s = await OrganizationScenario.CreateAsync(factory);
            var ev = await EventEndpointTests.CreatePublishedAsync(s, EventEndpointTests.EventBody("Brokered night", Berlin));
            var free = await CreateTypeAsync(s, ev.Id, new { name = "Free", price = new { amount = 0, currency = "EUR" }, capacity = 100 });
            return new Shop(factory, s, ev.Id, free.Id);
        }

        /// <summary><paramref name="events"/> published events of one organization, each with a free ticket type.</summary>
        public static async Task<IReadOnlyList<Shop>> OpenManyAsync(NatsFactory factory, int events)
        {
            var s = await OrganizationScenario.CreateAsync(factory);
            var shops = new List<Shop>(events);
            for (var i = 0; i < events; i++)
            {
                var ev = await EventEndpointTests.CreatePublishedAsync(s, EventEndpointTests.EventBody($"Brokered night {i}", Berlin));
                var free = await CreateTypeAsync(s, ev.Id, new { name = "Free", price = new { amount = 0, currency = "EUR" }, capacity = 100 });
                shops.Add(new Shop(factory, s, ev.Id, free.Id));
            }
            return shops;
        }

        public static async Task<int> OrderInteractionsAsync(NatsFactory factory, IEnumerable<Shop> shops)
        {
            var events = shops.Select(s => s.EventId).ToList();
            await using var scope = factory.Services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<RecommendationsData>().Interactions
                .CountAsync(i => events.Contains(i.EventId) && i.Kind == InteractionKind.Order);
        }

        public async Task<EventFly.Client.Contracts.OrderResponse> PlaceAsync()
        {
            var (_, buyer) = await factory.CreateSignedInUserAsync();
            using var _ = buyer;
            return await PlaceAsync(buyer);
        }

        public Task<EventFly.Client.Contracts.OrderResponse> PlaceAsync(HttpClient buyer) => TicketingEndpointTests.PlaceAsync(buyer, eventId, typeId, 1);

        public async Task<int> SoldAsync() =>
            (await scenario.Owner.GetFromJsonAsync<JsonElement>($"/api/events/{eventId}/analytics")).GetProperty("ticketsSold").GetInt32();

        public async Task<int> OrderInteractionsAsync()
        {
            await using var scope = factory.Services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<RecommendationsData>().Interactions
                .CountAsync(i => i.EventId == eventId && i.Kind == InteractionKind.Order);
        }
    }

    /// <summary>A context of the tests' own (<see cref="Name"/>): counts each order it applied and fails for good on poisoned ones.</summary>
    internal sealed class Probe : IntegrationEventHandler<OrderConfirmedV1>
    {
        public const string Name = "probe";

        private readonly ConcurrentDictionary<Guid, int> _seen = new();
        private readonly ConcurrentDictionary<Guid, int> _attempts = new();
        private readonly ConcurrentDictionary<Guid, bool> _poisoned = new();

        public override string Consumer => Name;

        public void AlwaysFail(Guid orderId) => _poisoned[orderId] = true;

        public int Seen(Guid orderId) => _seen.GetValueOrDefault(orderId);

        public int Attempts(Guid orderId) => _attempts.GetValueOrDefault(orderId);

        protected override Task HandleAsync(OrderConfirmedV1 integrationEvent, CancellationToken cancellationToken)
        {
            _attempts.AddOrUpdate(integrationEvent.OrderId, 1, (_, n) => n + 1);
            if (_poisoned.ContainsKey(integrationEvent.OrderId)) throw new InvalidOperationException($"Order {integrationEvent.OrderId} is poisoned.");
            _seen.AddOrUpdate(integrationEvent.OrderId, 1, (_, n) => n + 1);
            return Task.CompletedTask;
        }
    }

    /// <summary>
    /// The host with <c>ConnectionStrings:Nats</c> set: its consumers run; the outbox is dispatched by the tests, or by its
    /// background loop as in production with <paramref name="outboxLoop"/>.
    /// </summary>
    internal sealed class NatsFactory(string natsUrl, bool outboxLoop = false) : EventFlyFactory
    {
        public const int MaxDeliver = 3;

        public Probe Probe { get; } = new();

        public IIntegrationEventBus Bus => Services.GetRequiredService<IIntegrationEventBus>();

        private NatsBroker Broker => Services.GetRequiredService<NatsBroker>();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("ConnectionStrings:Nats", natsUrl);
            builder.UseSetting("EventFly:Messaging:MaxDeliver", MaxDeliver.ToString(System.Globalization.CultureInfo.InvariantCulture));
            builder.UseSetting("EventFly:Messaging:RetryDelaySeconds", "0.2");
            builder.UseSetting("EventFly:Messaging:MaxRetryDelaySeconds", "1");
            builder.ConfigureTestServices(services =>
            {
                services.AddSingleton<IOutboxHandler>(Probe);
                if (outboxLoop) services.AddHostedService<OutboxBackgroundService>();
            });
        }

        public async Task<OutboxMessage> OutboxMessageOfAsync(Guid orderId)
        {
            await using var scope = Services.CreateAsyncScope();
            var orderConfirmed = await scope.ServiceProvider.GetRequiredService<OutboxData>().Outbox.AsNoTracking()
                .Where(m => m.Type == OrderConfirmedV1.MessageType).ToListAsync();
            return orderConfirmed.Single(m => JsonSerializer.Deserialize<OrderConfirmedV1>(m.Payload)!.OrderId == orderId);
        }

        public async Task<int> UndispatchedIntegrationEventsAsync()
        {
            await using var scope = Services.CreateAsyncScope();
            var types = IntegrationEvents.Known.ToList();
            return await scope.ServiceProvider.GetRequiredService<OutboxData>().Outbox.CountAsync(m => m.DispatchedAt == null && types.Contains(m.Type));
        }

        /// <summary>Every outbox message not yet sent, integration event or not.</summary>
        public async Task<int> UndispatchedAsync()
        {
            await using var scope = Services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<OutboxData>().Outbox.CountAsync(m => m.DispatchedAt == null);
        }

        /// <summary>
        /// For every integration event in the outbox, each subscribing consumer once (what should be), and the consumers'
        /// processed-message records of those events (what is).
        /// </summary>
        public async Task<(List<string> Expected, List<string> Processed)> DeliveriesAsync()
        {
            await using var scope = Services.CreateAsyncScope();
            var subscriptions = scope.ServiceProvider.GetRequiredService<IntegrationEventDelivery>().Subscriptions();
            var data = scope.ServiceProvider.GetRequiredService<OutboxData>();
            var types = IntegrationEvents.Known.ToList();
            var events = await data.Outbox.AsNoTracking().Where(m => types.Contains(m.Type)).Select(m => new { m.Id, m.Type }).ToListAsync();
            var expected = events.SelectMany(e => subscriptions.Where(s => s.Value.Contains(e.Type)).Select(s => $"{s.Key}/{e.Id}")).ToList();
            var ids = events.Select(e => e.Id).ToList();
            var processed = (await data.Processed.AsNoTracking().Where(p => ids.Contains(p.MessageId)).Select(p => new { p.Consumer, p.MessageId }).ToListAsync())
                .Select(p => $"{p.Consumer}/{p.MessageId}").ToList();
            return (expected, processed);
        }

        public Task WaitForProcessedAsync(Guid messageId, string[] consumers) => WaitForAsync(async () =>
        {
            await using var scope = Services.CreateAsyncScope();
            var done = await scope.ServiceProvider.GetRequiredService<OutboxData>().Processed
                .Where(p => p.MessageId == messageId).Select(p => p.Consumer).ToListAsync();
            return consumers.All(done.Contains);
        }, $"message {messageId} processed by {string.Join(", ", consumers)}");

        public async Task<long> StoredEventsAsync() =>
            (await Broker.JetStream.GetStreamAsync(NatsBroker.Stream)).Info.State.Messages;

        /// <summary>As the outbox would publish it, but with a Nats-Msg-Id of its own, so the broker stores it again.</summary>
        public async Task PublishRawAsync(OutboxMessage message)
        {
            var headers = new NatsHeaders
            {
                [NatsIntegrationEventBus.TypeHeader] = message.Type,
                [NatsIntegrationEventBus.MessageIdHeader] = message.Id.ToString(),
            };
            var ack = await Broker.JetStream.PublishAsync(NatsBroker.SubjectOf(message.Type), System.Text.Encoding.UTF8.GetBytes(message.Payload),
                opts: new NatsJSPubOpts { MsgId = Guid.NewGuid().ToString() }, headers: headers);
            ack.EnsureSuccess();
        }

        public Task WaitForConsumersIdleAsync(string[] consumers) => NatsMessagingTests.WaitForConsumersIdleAsync(Broker, consumers);
    }
}
