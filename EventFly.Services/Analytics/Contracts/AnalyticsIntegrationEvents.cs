using EventFly.Services.Common;

namespace EventFly.Services.Analytics.Contracts;

/// <summary>A page view or checkout start on an event's public pages; <paramref name="HitId"/> makes a redelivery count once.</summary>
public sealed record EventTrafficV1(Guid HitId, Guid EventId, TrafficKind Kind, DateTimeOffset OccurredAt, Guid? UserId = null) : IIntegrationEvent
{
    public static string MessageType => "analytics.event_traffic";
}
