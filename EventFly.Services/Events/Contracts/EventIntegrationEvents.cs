using EventFly.Services.Common;

namespace EventFly.Services.Events.Contracts;

/// <summary>An event was published: on sale and (if public) in discovery.</summary>
public sealed record EventPublishedV1(Guid EventId, Guid OrganizationId, DateTimeOffset OccurredAt) : IIntegrationEvent
{
    public static string MessageType => "events.published";
}

/// <summary>An event's details changed (name, time, place, description...).</summary>
public sealed record EventUpdatedV1(Guid EventId, DateTimeOffset OccurredAt) : IIntegrationEvent
{
    public static string MessageType => "events.updated";
}

/// <summary>A published event's time or place changed (its ticket holders are told); one <paramref name="ChangeId"/> per change.</summary>
public sealed record EventRescheduledV1(Guid EventId, Guid ChangeId, DateTimeOffset OccurredAt) : IIntegrationEvent
{
    public static string MessageType => "events.rescheduled";
}

/// <summary>An event was cancelled: nothing of it takes place; its orders are to be cancelled and refunded.</summary>
public sealed record EventCancelledV1(Guid EventId, Guid OrganizationId, DateTimeOffset OccurredAt) : IIntegrationEvent
{
    public static string MessageType => "events.cancelled";
}
