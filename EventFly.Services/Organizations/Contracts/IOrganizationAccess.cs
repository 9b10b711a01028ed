using EventFly.Domain.Common;
using EventFly.Services.Common;

namespace EventFly.Services.Organizations.Contracts;

/// <summary>
/// The one place that decides what a caller may do in an organization; every context asks here (Events for its events,
/// Ticketing through Events, Payments for billing), and the portal only uses it to hide what would be refused anyway.
/// </summary>
public interface IOrganizationAccess
{
    /// <summary>The caller's grant in the organization; <see cref="OrganizationGrant.None"/> for anonymous callers, non-members and unknown ids.</summary>
    Task<OrganizationGrant> GetGrantAsync(Actor actor, Guid organizationId, CancellationToken cancellationToken);
}

/// <summary>
/// What a member may do: the role's permissions, held org-wide unless the membership is limited to some events
/// (<see cref="EventIds"/>). A member limited to events holds their permissions for those events only, never org-wide:
/// they cannot create events, manage the team or billing, and see only their events in the organization's list.
/// </summary>
public sealed record OrganizationGrant(bool IsMember, bool IsOwner, IReadOnlySet<string> Permissions, IReadOnlyList<Guid> EventIds)
{
    public static OrganizationGrant None { get; } = new(false, false, new HashSet<string>(), []);

    /// <summary>Staff for the event (any member not limited to other events), or org-wide when <paramref name="eventId"/> is null.</summary>
    public bool Covers(Guid? eventId) => IsMember && (EventIds.Count == 0 || eventId is { } id && EventIds.Contains(id));

    public bool Has(string permission, Guid? eventId = null) => Covers(eventId) && Permissions.Contains(permission);

    /// <exception cref="ForbiddenException">Without the permission (for the event, when given).</exception>
    public void Require(string permission, Guid? eventId = null)
    {
        if (!Has(permission, eventId)) throw ForbiddenException.MissingPermission(permission);
    }

    /// <exception cref="ForbiddenException">For a caller who is not on the staff at all.</exception>
    public void RequireMember()
    {
        if (!IsMember) throw new ForbiddenException(CommonErrors.Forbidden, "Only the organization's staff may see this.");
    }
}
