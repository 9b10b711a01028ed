using System.Collections.Concurrent;
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
/// dead letters (shown by <c>GET /api/admin/operations</c>) while the messages after it flow; and orders placed while the
/// broker is down wait in the outbox and reach every consumer once it is back. Waits poll for a state, never sleep.
/// </summary>
public sealed class NatsMessagingTests
{
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
    public async Task OrdersPlacedWhileTheBrokerIsDown_WaitInTheOutbox_AndReachEveryConsumerOnce_WhenItIsBack()
    {
        await using var nats = await NatsServer.StartAsync();
        await using var factory = new NatsFactory(nats.Url);
        var shop = await Shop.OpenAsync(factory);
        var before = await shop.PlaceAsync();
        await factory.DrainOutboxAsync();
        await WaitForAsync(async () => factory.Probe.Seen(before.Id) == 1 && await shop.SoldAsync() == 1, "the first order delivered");

        await nats.StopAsync();
        var during = new[] { await shop.PlaceAsync(), await shop.PlaceAsync() };
        await factory.DrainOutboxAsync();
        var waiting = await factory.UndispatchedIntegrationEventsAsync();
        await nats.RestartAsync();
        await WaitForAsync(async () =>
        {
            await factory.DrainOutboxAsync();
            return await factory.UndispatchedIntegrationEventsAsync() == 0 && during.All(o => factory.Probe.Seen(o.Id) == 1)
                && await shop.SoldAsync() == 3 && await shop.OrderInteractionsAsync() == 3;
        }, "the orders placed during the outage delivered");
        foreach (var order in during) await factory.WaitForProcessedAsync((await factory.OutboxMessageOfAsync(order.Id)).Id, Contexts);
        await factory.WaitForConsumersIdleAsync(Contexts);

        Assert.True(waiting >= 2, $"{waiting} integration events waited in the outbox during the outage");
        Assert.All(during.Append(before), o => Assert.Equal(1, factory.Probe.Seen(o.Id)));
        Assert.Equal(3, await shop.SoldAsync());
        Assert.Equal(3, await shop.OrderInteractionsAsync());
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
    private sealed class Shop(NatsFactory factory, OrganizationScenario scenario, Guid eventId, Guid typeId)
    {
        public static async Task<Shop> OpenAsync(NatsFactory factory)
        {
            var s = await OrganizationScenario.CreateAsync(factory);
            var ev = await EventEndpointTests.CreatePublishedAsync(s, EventEndpointTests.EventBody("Brokered night", Berlin));
            var free = await CreateTypeAsync(s, ev.Id, new { name = "Free", price = new { amount = 0, currency = "EUR" }, capacity = 100 });
            return new Shop(factory, s, ev.Id, free.Id);
        }

        public async Task<EventFly.Client.Contracts.OrderResponse> PlaceAsync()
        {
            var (_, buyer) = await factory.CreateSignedInUserAsync();
            using var _ = buyer;
            return await TicketingEndpointTests.PlaceAsync(buyer, eventId, typeId, 1);
        }

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

    /// <summary>The host with <c>ConnectionStrings:Nats</c> set: its consumers run (the outbox is still dispatched by the tests).</summary>
    private sealed class NatsFactory(string natsUrl) : EventFlyFactory
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
            builder.ConfigureTestServices(services => services.AddSingleton<IOutboxHandler>(Probe));
        }

        /// <summary>Dispatches the outbox until a round finds nothing due.</summary>
        public async Task DrainOutboxAsync()
        {
            for (var round = 0; round < 100; round++)
            {
                await using var scope = Services.CreateAsyncScope();
                if (await scope.ServiceProvider.GetRequiredService<IOutboxDispatcher>().DispatchDueAsync(CancellationToken.None) == 0) return;
            }
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
