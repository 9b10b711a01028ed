using EventFly.Domain.Common;
using EventFly.Domain.Events;
using EventFly.Services.Outbox;

namespace EventFly.Services.Events;

/// <summary>
/// What the Events context tells other contexts (<c>events.published</c>, <c>events.updated</c>, <c>events.cancelled</c>),
/// carried by the outbox. No context consumes them yet; until one does (and until NATS, issue 12) they are only recorded.
/// </summary>
internal sealed class IntegrationEvents : IOutboxHandler
{
    public const string Prefix = "events.";

    public static string TypeOf(IDomainEvent domainEvent) => domainEvent switch
    {
        EventPublished => Prefix + "published",
        EventUpdated => Prefix + "updated",
        EventCancelled => Prefix + "cancelled",
        _ => throw new ArgumentOutOfRangeException(nameof(domainEvent), domainEvent.GetType().Name, "Not an Events integration event."),
    };

    private IntegrationEvents(string type) => Type = type;

    public string Type { get; }

    public static IEnumerable<IOutboxHandler> Handlers { get; } =
        [new IntegrationEvents(Prefix + "published"), new IntegrationEvents(Prefix + "updated"), new IntegrationEvents(Prefix + "cancelled")];

    public Task HandleAsync(string payload, CancellationToken cancellationToken) => Task.CompletedTask;
}
