using EventFly.Services.Common;

namespace EventFly.Services.Engagement.Contracts;

/// <summary>Who may take part in an event's live channel: the event's staff and holders of a confirmed ticket.</summary>
public interface IEngagementAccess
{
    /// <summary>
    /// The caller's place in the event's live channel (what the hub's <c>JoinEvent</c> asks). Throws
    /// <c>ForbiddenException</c> for anonymous callers and signed-in callers without a ticket (<c>not_a_participant</c>),
    /// <c>NotFoundException</c> for unknown events and drafts the caller may not see.
    /// </summary>
    Task<EngagementParticipant> JoinAsync(Actor actor, Guid eventId, CancellationToken cancellationToken);
}

/// <summary>Staff run the channel (moderators hold <c>feed.manage</c>); the audience are the ticket holders.</summary>
public enum EngagementRole
{
    Staff,
    Audience,
}

/// <summary>A caller admitted to an event's live channel; <see cref="Muted"/> participants read but may not write.</summary>
public sealed record EngagementParticipant(Guid EventId, Guid UserId, EngagementRole Role, bool CanModerate, bool Muted)
{
    public bool IsStaff => Role == EngagementRole.Staff;
}
