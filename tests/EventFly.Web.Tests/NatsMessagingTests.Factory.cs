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

/// <summary>The NATS tests' host, shop and probe context (also used by <see cref="TracingTests"/>).</summary>
public sealed partial class NatsMessagingTests
{
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
