using System.Text;
using System.Text.Json;
using EventFly.Services.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NATS.Client.Core;
using NATS.Client.JetStream;
using NATS.Client.JetStream.Models;

namespace EventFly.Services.Outbox;

/// <summary>
/// One durable pull consumer per subscribing context (<c>eventfly-analytics</c>, …) on <see cref="NatsBroker.Stream"/>,
/// each fed to its context's handlers through <see cref="IntegrationEventDelivery"/> in a scope per message, with
/// explicit acks: a failure is NAKed with a doubling delay; after <see cref="MessagingOptions.MaxDeliver"/> deliveries
/// the message is published to <c>eventfly.dead.&lt;context&gt;</c> and terminated, and the messages after it flow on.
/// Runs where the outbox dispatcher runs (every container today).
/// </summary>
internal sealed partial class NatsConsumerHost(
    NatsBroker broker,
    IServiceScopeFactory scopes,
    IOptions<MessagingOptions> options,
    JobHealth health,
    TimeProvider time,
    ILogger<NatsConsumerHost> logger,
    MessagingMetrics metrics) : BackgroundService
{
    /// <summary>
    /// How each consumer pulls. A pull waits up to <c>Expires</c> with a broker heartbeat every <c>IdleHeartbeat</c>; two
    /// missed heartbeats make the client pull again. After a reconnect the client repeats its pull only when less than half
    /// its batch was outstanding, which an idle consumer never is: it waited for that heartbeat check, 2 × 15 s by default
    /// and only counted while connected, so delivery resumed about 50 s after the broker returned (ADR 0025). With 1 s it
    /// resumes within about 2 s. Three "no responders" in a row end the loop, which sets the consumer up again (a broker
    /// that lost its store is caught at the reconnect instead: see <see cref="CheckConsumerAsync"/>).
    /// </summary>
    private static readonly NatsJSConsumeOpts Pulls = new()
    {
        MaxMsgs = 100,
        Expires = TimeSpan.FromSeconds(10),
        IdleHeartbeat = TimeSpan.FromSeconds(1),
        MaxConsecutive503Errors = 3,
    };

    public static string DurableName(string consumer) => $"eventfly-{consumer}";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        IReadOnlyDictionary<string, IReadOnlySet<string>> subscriptions;
        await using (var scope = scopes.CreateAsyncScope())
            subscriptions = scope.ServiceProvider.GetRequiredService<IntegrationEventDelivery>().Subscriptions();
        await Task.WhenAll(subscriptions.Select(s => RunAsync(s.Key, s.Value, stoppingToken)));
    }

    /// <summary>Consumes for one context until the host stops, starting over (after a pause) whenever the broker goes away.</summary>
    private async Task RunAsync(string consumer, IReadOnlySet<string> types, CancellationToken stoppingToken)
    {
        var job = $"NATS consumer {consumer}";
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await broker.EnsureStreamsAsync(stoppingToken);
                // Every event subject: NATS 2.9 (Debian 12) filters a consumer by one subject only; the types this context
                // does not handle are acknowledged unread.
                var durable = await broker.JetStream.CreateOrUpdateConsumerAsync(NatsBroker.Stream, new ConsumerConfig(DurableName(consumer))
                {
                    FilterSubject = NatsBroker.EventSubjectPrefix + ">",
                    AckPolicy = ConsumerConfigAckPolicy.Explicit,
                    DeliverPolicy = ConsumerConfigDeliverPolicy.All,
                    AckWait = options.Value.AckWait,
                    MaxDeliver = -1, // dead-lettering is ours (below), so the broker never drops a message silently
                }, stoppingToken);
                health.Succeeded(job, time.GetUtcNow());
                // A broker that comes back without its store has lost this consumer, and its pulls go unanswered: after a
                // reconnect, a consumer the broker no longer knows ends this round, and the next one creates it again.
                using var lost = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
                void Check() => _ = CheckConsumerAsync(consumer, lost);
                broker.Reconnected += Check;
                try
                {
                    await foreach (var message in durable.ConsumeAsync<byte[]>(opts: Pulls, cancellationToken: lost.Token))
                        await HandleAsync(consumer, types, message, stoppingToken);
                }
                finally
                {
                    broker.Reconnected -= Check;
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (OperationCanceledException)
            {
                LogConsumerLost(logger, consumer);
            }
            catch (Exception ex)
            {
                health.Failed(job, time.GetUtcNow(), ex.Message);
                LogConsumerStopped(logger, ex, consumer);
                try
                {
                    await Task.Delay(TimeSpan.FromSeconds(1), time, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    private async Task CheckConsumerAsync(string consumer, CancellationTokenSource lost)
    {
        try
        {
            await broker.JetStream.GetConsumerAsync(NatsBroker.Stream, DurableName(consumer), lost.Token);
        }
        catch (NatsJSApiException ex) when (ex.Error.Code == 404)
        {
            await lost.CancelAsync();
        }
        catch (Exception ex) when (ex is NatsException or TimeoutException or OperationCanceledException or ObjectDisposedException)
        {
            // Gone again, or stopping: the consume loop copes (a missing consumer is found at the next reconnect).
        }
    }

    private async Task HandleAsync(string consumer, IReadOnlySet<string> types, INatsJSMsg<byte[]> message, CancellationToken stoppingToken)
    {
        var type = message.Headers?.TryGetValue(NatsIntegrationEventBus.TypeHeader, out var t) == true ? t.ToString() : message.Subject[NatsBroker.EventSubjectPrefix.Length..];
        if (!types.Contains(type))
        {
            await message.AckAsync(cancellationToken: stoppingToken);
            return;
        }
        var id = message.Headers?.TryGetValue(NatsIntegrationEventBus.MessageIdHeader, out var msgId) == true && Guid.TryParse(msgId.ToString(), out var parsed)
            ? parsed
            : Guid.Empty;
        var payload = Encoding.UTF8.GetString(message.Data ?? []);
        var parent = IntegrationEventHeaders.Parent(Header(message, IntegrationEventHeaders.TraceParent), Header(message, IntegrationEventHeaders.TraceState));
        try
        {
            if (id == Guid.Empty) throw new InvalidOperationException($"The message on {message.Subject} carries no {NatsIntegrationEventBus.MessageIdHeader}.");
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<IntegrationEventDelivery>().DeliverAsync(consumer, type, payload, id, parent, stoppingToken);
            await message.AckAsync(cancellationToken: stoppingToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
        {
            var deliveries = message.Metadata?.NumDelivered ?? 1;
            if (deliveries < (ulong)Math.Max(1, options.Value.MaxDeliver))
            {
                LogRetry(logger, ex, consumer, type, id, deliveries);
                await message.NakAsync(new AckOpts { NakDelay = options.Value.RetryDelay(deliveries) }, stoppingToken);
                return;
            }
            var dead = new DeadLetterRecord(consumer, type, id, (int)deliveries, Truncate(ex.Message), time.GetUtcNow(), payload);
            var ack = await broker.JetStream.PublishAsync(NatsBroker.DeadSubjectOf(consumer), JsonSerializer.SerializeToUtf8Bytes(dead),
                opts: new NatsJSPubOpts { MsgId = $"{consumer}:{id}" }, cancellationToken: stoppingToken);
            NatsBroker.EnsureStored(ack);
            await message.AckTerminateAsync(cancellationToken: stoppingToken);
            metrics.DeadLettered(consumer);
            LogDeadLettered(logger, ex, consumer, type, id, deliveries);
        }
    }

    private static string? Header(INatsJSMsg<byte[]> message, string name) =>
        message.Headers?.TryGetValue(name, out var value) == true ? value.ToString() : null;

    private static string Truncate(string error) => error.Length > 2000 ? error[..2000] : error;

    [LoggerMessage(Level = LogLevel.Warning, Message = "NATS consumer {Consumer} was lost by the broker; it is created again")]
    private static partial void LogConsumerLost(ILogger logger, string consumer);

    [LoggerMessage(Level = LogLevel.Warning, Message = "NATS consumer {Consumer} stopped; it starts again shortly")]
    private static partial void LogConsumerStopped(ILogger logger, Exception exception, string consumer);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Consumer {Consumer} failed on {Type} {Id} (delivery {Deliveries}); it will be redelivered")]
    private static partial void LogRetry(ILogger logger, Exception exception, string consumer, string type, Guid id, ulong deliveries);

    [LoggerMessage(Level = LogLevel.Error, Message = "Consumer {Consumer} gave up on {Type} {Id} after {Deliveries} deliveries: sent to its dead letters")]
    private static partial void LogDeadLettered(ILogger logger, Exception exception, string consumer, string type, Guid id, ulong deliveries);
}
