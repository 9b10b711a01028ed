using EventFly.Services.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NATS.Client.Core;

namespace EventFly.Services.Outbox;

/// <summary>
/// Asks the broker every <see cref="Every"/> how far behind each context's durable consumer is (pending plus awaiting
/// acknowledgement) for <see cref="MessagingMetrics"/>: a scrape reads the last answer and never waits for NATS. Runs
/// beside <see cref="NatsConsumerHost"/>, where the consumers run.
/// </summary>
internal sealed partial class NatsConsumerLag(
    NatsBroker broker,
    IServiceScopeFactory scopes,
    MessagingMetrics metrics,
    TimeProvider time,
    ILogger<NatsConsumerLag> logger) : BackgroundService
{
    public static readonly TimeSpan Every = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        List<string> consumers;
        await using (var scope = scopes.CreateAsyncScope())
            consumers = [.. scope.ServiceProvider.GetRequiredService<IntegrationEventDelivery>().Subscriptions().Keys];
        foreach (var consumer in consumers) metrics.Track(consumer);
        using var timer = new PeriodicTimer(Every, time);
        try
        {
            do
            {
                foreach (var consumer in consumers) await SampleAsync(consumer, stoppingToken);
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host stops.
        }
    }

    private async Task SampleAsync(string consumer, CancellationToken stoppingToken)
    {
        try
        {
            var info = (await broker.JetStream.GetConsumerAsync(NatsBroker.Stream, NatsConsumerHost.DurableName(consumer), stoppingToken)).Info;
            metrics.ConsumerLag(consumer, (long)Math.Min(info.NumPending, long.MaxValue / 2) + info.NumAckPending);
        }
        catch (Exception ex) when (ex is NatsException or TimeoutException)
        {
            // Not created yet, or the broker is away (NatsConsumerHost reports that): no figure rather than a wrong one.
            metrics.ConsumerLagUnknown(consumer);
            LogUnknown(logger, ex, consumer);
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "The lag of NATS consumer {Consumer} could not be read")]
    private static partial void LogUnknown(ILogger logger, Exception exception, string consumer);
}
