using EventFly.Domain.Common;
using EventFly.Services.Common;
using EventFly.Services.Organizations.Contracts;

namespace EventFly.Services.Events.Contracts;

/// <summary>
/// The visibility and permission rules of an event, in one place: a draft exists only for its organization's staff
/// (404 <c>unknown_event</c> to everyone else, so its existence does not leak); changing anything of an event needs a
/// permission for it (403). Events' own operations and every context whose things belong to an event (Ticketing) ask here.
/// </summary>
public interface IEventAccess
{
    /// <summary>The event as its caller may see it; throws <see cref="NotFoundException"/> for unknown and hidden events.</summary>
    Task<EventGrant> ReadAsync(Actor actor, Guid eventId, CancellationToken cancellationToken);

    /// <summary>As <see cref="ReadAsync"/>, and throws <see cref="ForbiddenException"/> without <paramref name="permission"/> for the event.</summary>
    Task<EventGrant> RequireAsync(Actor actor, Guid eventId, string permission, CancellationToken cancellationToken);
}

/// <summary>An event its caller may see, with what the caller may do in its organization.</summary>
public sealed record EventGrant(Guid EventId, Guid OrganizationId, bool IsDraft, OrganizationGrant Organization)
{
    /// <summary>On the staff for this event (a member not limited to other events).</summary>
    public bool IsStaff => Organization.Covers(EventId);

    public bool Has(string permission) => Organization.Has(permission, EventId);
}
