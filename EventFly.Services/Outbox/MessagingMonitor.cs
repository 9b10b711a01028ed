using System.Text.Json;
using Microsoft.Extensions.Logging;
using NATS.Client.Core;
using NATS.Client.JetStream;
using NATS.Client.JetStream.Models;

namespace EventFly.Services.Outbox;

/// <summary>
/// How integration events travel (<c>in_process</c> or <c>nats</c>) and, with NATS, whether the broker answers and what
/// the consumers gave up on: the dead letters' count and the latest few (newest first). In process, a message that
/// fails every attempt stays in the outbox instead (<see cref="OutboxStatus.Failed"/>).
/// </summary>
public sealed record MessagingStatus(string Transport, bool Connected, long DeadLetters, IReadOnlyList<DeadLetter> LatestDeadLetters)
{
    public const string InProcess = "in_process";
    public const string Nats = "nats";
}

/// <summary>An integration event one consumer (context) gave up on after <see cref="Deliveries"/> deliveries.</summary>
public sealed record DeadLetter(string Consumer, string Type, Guid MessageId, int Deliveries, string Error, DateTimeOffset At);

public interface IMessagingMonitor
{
    Task<MessagingStatus> GetStatusAsync(CancellationToken cancellationToken);
}

/// <summary>What the dead-letter stream stores: the <see cref="DeadLetter"/> and the event's payload, to replay it by hand.</summary>
internal sealed record DeadLetterRecord(string Consumer, string Type, Guid MessageId, int Deliveries, string Error, DateTimeOffset At, string Payload)
{
    public DeadLetter ToView() => new(Consumer, Type, MessageId, Deliveries, Error, At);
}

internal sealed class InProcessMessagingMonitor : IMessagingMonitor
{
    public Task<MessagingStatus> GetStatusAsync(CancellationToken cancellationToken) =>
        Task.FromResult(new MessagingStatus(MessagingStatus.InProcess, true, 0, []));
}

internal sealed partial class NatsMessagingMonitor(NatsBroker broker, ILogger<NatsMessagingMonitor> logger) : IMessagingMonitor
{
    public const int Latest = 5;

    public async Task<MessagingStatus> GetStatusAsync(CancellationToken cancellationToken)
    {
        try
        {
            await broker.EnsureStreamsAsync(cancellationToken);
            var stream = await broker.JetStream.GetStreamAsync(NatsBroker.DeadStream, cancellationToken: cancellationToken);
            var state = stream.Info.State;
            var latest = new List<DeadLetter>(Latest);
            for (var seq = state.LastSeq; seq >= state.FirstSeq && seq > 0 && latest.Count < Latest; seq--)
            {
                var response = await stream.GetAsync(new StreamMsgGetRequest { Seq = seq }, cancellationToken);
                if (response.Message?.Data is { Length: > 0 } data && JsonSerializer.Deserialize<DeadLetterRecord>(data.Span) is { } record)
                    latest.Add(record.ToView());
            }
            return new MessagingStatus(MessagingStatus.Nats, true, state.Messages, latest);
        }
        catch (Exception ex) when (ex is NatsException or TimeoutException)
        {
            LogUnreachable(logger, ex);
            return new MessagingStatus(MessagingStatus.Nats, false, 0, []);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The message broker's dead letters could not be read")]
    private static partial void LogUnreachable(ILogger logger, Exception exception);
}
