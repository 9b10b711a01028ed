using EventFly.Services.Common;

namespace EventFly.Services.Feedback.Contracts;

/// <summary>
/// A participant rated an event, first or again: a replacement carries the same <see cref="FeedbackId"/> with the new
/// rating, so a consumer keeps the latest per id.
/// </summary>
public sealed record FeedbackSubmittedV1(Guid FeedbackId, Guid EventId, Guid OrganizationId, Guid UserId, int Rating, DateTimeOffset OccurredAt)
    : IIntegrationEvent
{
    public static string MessageType => "feedback.submitted";
}
