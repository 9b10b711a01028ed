using System.Net.Http.Json;
using System.Text.Json;
using EventFly.Services.Outbox;
using EventFly.Services.Persistence;
using EventFly.Services.Recommendations.Persistence;
using EventFly.Services.Recommendations.Ranking;
using EventFly.Services.Ticketing.Contracts;
using EventFly.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using MimeKit;
using static EventFly.Web.Tests.NatsMessagingTests;

namespace EventFly.Web.Tests;

/// <summary>
/// Scale-out on real infrastructure (issue #17): web hosts and workers on one PostgreSQL database (a throwaway cluster),
/// one <c>redis-server</c> and one <c>nats-server -js</c>, all started by the tests on loopback. Two web hosts and a
/// worker share orders, mail, ballots and analytics; a worker killed (as an OS process) in the middle of a backlog loses
/// nothing, and its successor absorbs what the dead one had half done. Waits poll for a state, never sleep.
/// </summary>
[Collection(PostgreSqlCluster.Name)]
public sealed class FleetTests(PostgreSqlServer cluster, RedisServer redis, ITestOutputHelper output) : IClassFixture<RedisServer>
{
    [Fact]
    public async Task TwoWebHostsAndAWorker_OnOneDatabase_ConfirmMailPushAndCountWhatHappensOnEither()
    {
        await using var nats = await NatsServer.StartAsync();
        var database = cluster.NewConnectionString("fleet");
        // Web host A migrates the database; the worker and web host B start on it afterwards, as in a rolling deploy.
        await using var hostA = new FleetHostFactory("Web", database, redis.ConnectionString, nats.Url);
        var live = await LiveScenario.CreateAsync(hostA);
        await using var worker = new FleetHostFactory("Worker", database, redis.ConnectionString, nats.Url);
        await using var hostB = new FleetHostFactory("Web", database, redis.ConnectionString, nats.Url);
        worker.StartServer();

        var (buyerEmail, buyer) = await hostA.CreateSignedInUserAsync();
        using var _ = buyer;
        var order = await TicketingEndpointTests.PlaceAsync(buyer, live.EventId, live.TicketTypeId, 1);
        var voter = await live.AddHolderAsync();
        var watcher = LiveClients.TokenOf(await live.AddHolderAsync());
        var (onB, pushesOnB) = await LiveClients.JoinAsync(hostB, watcher, live.EventId);
        await using var __ = onB;
        await HttpStatusAssert.OkAsync(await live.VoteAsync(voter, option: 1));
        var pushedOnB = await pushesOnB.WaitForTotalAsync(1);

        var mail = await WaitForMailAsync(worker.MailFolder, buyerEmail);
        using var ownerOnB = LiveClients.ClientWithToken(hostB, LiveClients.TokenOf(live.Owner));
        using var buyerOnB = LiveClients.ClientWithToken(hostB, LiveClients.TokenOf(buyer));
        JsonElement notifications = default;
        await WaitForAsync(async () =>
        {
            notifications = await buyerOnB.GetFromJsonAsync<JsonElement>("/api/me/notifications");
            return await SoldAsync(ownerOnB, live.EventId) == 3 && notifications.GetProperty("total").GetInt32() == 1
                && await OrderInteractionsAsync(hostB, live.EventId) == 3 && await UndispatchedAsync(hostB) == 0;
        }, "three orders in the analytics and the interaction log, the buyer's notification, an empty outbox (read through host B)");

        Assert.Equal(EventFly.Client.Contracts.OrderState.Confirmed, order.Status);
        Assert.Contains(mail.To.Mailboxes, m => m.Address == buyerEmail);
        Assert.Contains(mail.Attachments, a => a.ContentType.MimeType == "image/png");
        // The web hosts sent nothing: no outbox loop, no consumers, no mail of their own.
        Assert.Empty(MailsIn(hostA.MailFolder));
        Assert.Empty(MailsIn(hostB.MailFolder));
        Assert.All(new[] { hostA, hostB }, h => Assert.DoesNotContain(HostedServices(h), s => s is "OutboxBackgroundService" or "NatsConsumerHost"));
        Assert.Contains("OutboxBackgroundService", HostedServices(worker));
        Assert.Contains("NatsConsumerHost", HostedServices(worker));
        Assert.Equal([0, 1, 0], PushLog.VotesOf(pushedOnB));
        Assert.Contains(order.Id.ToString(), notifications.GetProperty("items")[0].GetProperty("link").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AWorkerKilledMidDispatch_LosesNothing_AndTheNextWorkerAbsorbsTheDuplicates()
    {
        const int Orders = 100;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        await using var nats = await NatsServer.StartAsync();
        var database = cluster.NewConnectionString("fleet");
        await using var web = new FleetHostFactory("Web", database, redis.ConnectionString, nats.Url);
        var live = await LiveScenario.CreateAsync(web);
        var consumers = OrderConsumers(web);

        // The backlog: orders placed while no worker runs wait in the outbox (a web host dispatches nothing).
        var tokens = await live.SeedAccountsAsync(Orders);
        await Parallel.ForEachAsync(tokens, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (token, _) =>
        {
            using var client = LiveClients.ClientWithToken(web, token);
            await TicketingEndpointTests.PlaceAsync(client, live.EventId, live.TicketTypeId, 1);
        });
        var orderEvents = await OrderConfirmedIdsAsync(web);
        var backlog = await UndispatchedAsync(web);
        output.WriteLine($"backlog of {backlog} outbox rows ({Orders} orders) after {clock.Elapsed.TotalSeconds:F1} s");

        // Both workers share one data folder (a container restarted on its volume): a mail sent again finds its file.
        var workerFolder = Path.Combine(Path.GetTempPath(), "eventfly-fleet-worker", Guid.NewGuid().ToString("N"));
        var mailFolder = Path.Combine(workerFolder, "mail");
        var environment = FleetHostFactory.Environment("Worker", database, redis.ConnectionString, nats.Url, workerFolder);
        try
        {
            clock.Restart();
            Progress atKill;
            await using (var first = await HostProcess.StartAsync(environment, "fleet-worker-1.log"))
            {
                atKill = await WaitForProgressAsync(web, orderEvents, mailFolder,
                    p => p.Processed > 0 && p.Mails > 0, "the first worker under way: mail sent, confirmations consumed");
                await first.KillAsync();
            }
            var afterKill = await ProgressOfAsync(web, orderEvents, mailFolder);
            output.WriteLine($"killed after {clock.Elapsed.TotalSeconds:F1} s at {atKill}; once dead: {afterKill}");
            Assert.False(afterKill.IsComplete(Orders, consumers.Count), $"The first worker was done before it was killed: {afterKill}.");

            await using var second = await HostProcess.StartAsync(environment, "fleet-worker-2.log");
            await WaitForAsync(async () => (await ProgressOfAsync(web, orderEvents, mailFolder)).IsComplete(Orders, consumers.Count)
                && await SoldAsync(live.Owner, live.EventId) == Orders && await OrderInteractionsAsync(web, live.EventId) == Orders,
                "the backlog drained by the second worker", seconds: 120);
            await WaitForConsumersIdleAsync(web.Services.GetRequiredService<NatsBroker>(), consumers);
            var resent = await ResentAsync(web);
            output.WriteLine($"drained {clock.Elapsed.TotalSeconds:F1} s after the first worker started; resent after the crash: " +
                $"{resent} outbox rows; redelivered by NATS: {await RedeliveredAsync(web, consumers)}");

            var processed = await ProcessedAsync(web, orderEvents);
            var mails = TicketMailsIn(mailFolder);
            Assert.Equal(0, await UndispatchedAsync(web));
            Assert.True(resent > 0, "The first worker died with nothing claimed: the crash tested no re-sending.");
            Assert.All(consumers, c => Assert.Equal(orderEvents.Count, processed.Count(p => p.Consumer == c)));
            Assert.Equal(processed.Count, processed.Distinct().Count());
            Assert.Equal(Orders, await SoldAsync(live.Owner, live.EventId));
            Assert.Equal(Orders, await OrderInteractionsAsync(web, live.EventId));
            // One confirmation per buyer, though the dead worker's unmarked batch was sent again.
            Assert.Equal(Orders, mails.Count);
            Assert.Equal(Orders, mails.Select(m => m.To.Mailboxes.Single().Address).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        }
        finally
        {
            try
            {
                Directory.Delete(workerFolder, recursive: true);
            }
            catch (IOException)
            {
                // Left to the temp-folder cleanup.
            }
        }
    }

    /// <summary>How far the workers got with the backlog's order confirmations.</summary>
    private sealed record Progress(int Undispatched, int Processed, int Mails)
    {
        public bool IsComplete(int orders, int consumers) => Undispatched == 0 && Processed == orders * consumers && Mails == orders;
    }

    private static async Task<Progress> WaitForProgressAsync(FleetHostFactory host, IReadOnlyList<Guid> orderEvents, string mailFolder, Func<Progress, bool> reached, string what)
    {
        Progress progress = null!;
        await WaitForAsync(async () => reached(progress = await ProgressOfAsync(host, orderEvents, mailFolder)), what, seconds: 120);
        return progress;
    }

    private static async Task<Progress> ProgressOfAsync(FleetHostFactory host, IReadOnlyList<Guid> orderEvents, string mailFolder) =>
        new(await UndispatchedAsync(host), (await ProcessedAsync(host, orderEvents)).Count, TicketMailsIn(mailFolder).Count);

    private static async Task<MimeMessage> WaitForMailAsync(string folder, string to)
    {
        MimeMessage? found = null;
        await WaitForAsync(() =>
        {
            found = TicketMailsIn(folder).FirstOrDefault(m => m.To.Mailboxes.Any(a => a.Address == to));
            return Task.FromResult(found is not null);
        }, $"a ticket e-mail to {to} in {folder}");
        return found!;
    }

    /// <summary>The order confirmations (with their QR codes) in <paramref name="folder"/>; registering also sends a mail, to confirm the address.</summary>
    private static List<MimeMessage> TicketMailsIn(string folder) =>
        [.. MailsIn(folder).Select(f => MimeMessage.Load(f)).Where(m => m.Attachments.Any(a => a.ContentType.MimeType == "image/png"))];

    private static List<string> MailsIn(string folder) => Directory.Exists(folder) ? [.. Directory.GetFiles(folder, "*.eml")] : [];

    private static List<string> HostedServices(FleetHostFactory host) =>
        [.. host.Services.GetServices<IHostedService>().Select(s => s.GetType().Name)];

    private static async Task<int> SoldAsync(HttpClient staff, Guid eventId) =>
        (await staff.GetFromJsonAsync<JsonElement>($"/api/events/{eventId}/analytics")).GetProperty("ticketsSold").GetInt32();

    private static async Task<int> OrderInteractionsAsync(FleetHostFactory host, Guid eventId)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<RecommendationsData>().Interactions
            .CountAsync(i => i.EventId == eventId && i.Kind == InteractionKind.Order);
    }

    private static async Task<int> UndispatchedAsync(FleetHostFactory host)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<OutboxData>().Outbox.CountAsync(m => m.DispatchedAt == null);
    }

    /// <summary>Outbox rows claimed more than once: sent again after the crash.</summary>
    private static async Task<int> ResentAsync(FleetHostFactory host)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<OutboxData>().Outbox.CountAsync(m => m.Attempts > 1);
    }

    private static async Task<List<Guid>> OrderConfirmedIdsAsync(FleetHostFactory host)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<OutboxData>().Outbox
            .Where(m => m.Type == OrderConfirmedV1.MessageType).Select(m => m.Id).ToListAsync();
    }

    private static async Task<List<(string Consumer, Guid MessageId)>> ProcessedAsync(FleetHostFactory host, IReadOnlyList<Guid> messages)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var rows = await scope.ServiceProvider.GetRequiredService<OutboxData>().Processed.AsNoTracking()
            .Where(p => messages.Contains(p.MessageId)).Select(p => new { p.Consumer, p.MessageId }).ToListAsync();
        return [.. rows.Select(r => (r.Consumer, r.MessageId))];
    }

    /// <summary>The contexts that consume order confirmations (each a durable NATS consumer).</summary>
    private static List<string> OrderConsumers(FleetHostFactory host)
    {
        using var scope = host.Services.CreateScope();
        return [.. scope.ServiceProvider.GetRequiredService<IntegrationEventDelivery>().Subscriptions()
            .Where(s => s.Value.Contains(OrderConfirmedV1.MessageType)).Select(s => s.Key).Order(StringComparer.Ordinal)];
    }

    private static async Task<string> RedeliveredAsync(FleetHostFactory host, IReadOnlyList<string> consumers)
    {
        var broker = host.Services.GetRequiredService<NatsBroker>();
        var counts = new List<string>();
        foreach (var consumer in consumers)
        {
            // Every delivery takes a consumer sequence number; each stored message is delivered at least once.
            var delivered = (await broker.JetStream.GetConsumerAsync(NatsBroker.Stream, NatsConsumerHost.DurableName(consumer))).Info.Delivered;
            counts.Add(FormattableString.Invariant($"{consumer} {delivered.ConsumerSeq - delivered.StreamSeq}"));
        }
        return string.Join(", ", counts);
    }
}
