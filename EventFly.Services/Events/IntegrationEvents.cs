using EventFly.Domain.Common;
using EventFly.Domain.Events;

namespace EventFly.Services.Events;

/// <summary>What the Events context tells other contexts (<c>events.published</c>, <c>events.updated</c>, <c>events.cancelled</c>), carried by the outbox.</summary>
internal static class IntegrationEvents
{
    private const string Prefix = "events.";

    public const string Cancelled = Prefix + "cancelled";

    public static IReadOnlyList<string> Types { get; } = [Prefix + "published", Prefix + "updated", Cancelled];

    public static string TypeOf(IDomainEvent domainEvent) => domainEvent switch
    {
        EventPublished => Prefix + "published",
        EventUpdated => Prefix + "updated",
        EventCancelled => Cancelled,
        _ => throw new ArgumentOutOfRangeException(nameof(domainEvent), domainEvent.GetType().Name, "Not an Events integration event."),
    };
}
