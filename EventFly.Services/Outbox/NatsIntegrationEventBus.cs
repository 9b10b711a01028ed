using NATS.Client.Core;
using NATS.Client.JetStream;

namespace EventFly.Services.Outbox;

/// <summary>
/// Publishes an integration event to JetStream under <c>eventfly.events.&lt;type&gt;</c> with <c>Nats-Msg-Id</c> = the
/// outbox id, and returns once the stream has stored it (or already had it: a duplicate). Consumers are
/// <see cref="NatsConsumerHost"/>'s. Anything the broker cannot take is a <see cref="BrokerUnavailableException"/>.
/// </summary>
internal sealed class NatsIntegrationEventBus(NatsBroker broker) : IIntegrationEventBus
{
    public const string TypeHeader = "EventFly-Type";

    /// <summary>The outbox id again, beside <c>Nats-Msg-Id</c> (the broker's duplicate check): the consumers' processed-message check reads it.</summary>
    public const string MessageIdHeader = "EventFly-Message-Id";

    public async Task PublishAsync(string type, string payload, Guid messageId, IReadOnlyDictionary<string, string> headers, CancellationToken cancellationToken)
    {
        // While the client reconnects a publish would wait for its timeout: fail at once, the outbox tries again shortly.
        if (broker.Connection.ConnectionState == NatsConnectionState.Reconnecting)
            throw new BrokerUnavailableException("The message broker is unreachable (reconnecting).");
        var natsHeaders = new NatsHeaders { [TypeHeader] = type, [MessageIdHeader] = messageId.ToString() };
        foreach (var (name, value) in headers) natsHeaders[name] = value;
        try
        {
            await broker.EnsureStreamsAsync(cancellationToken);
            var ack = await broker.JetStream.PublishAsync(NatsBroker.SubjectOf(type), System.Text.Encoding.UTF8.GetBytes(payload),
                opts: new NatsJSPubOpts { MsgId = messageId.ToString() }, headers: natsHeaders, cancellationToken: cancellationToken);
            NatsBroker.EnsureStored(ack);
        }
        catch (Exception ex) when (ex is NatsException or TimeoutException)
        {
            throw new BrokerUnavailableException($"The message broker did not take the message: {ex.Message}", ex);
        }
    }
}
