using EventFly.Services.Common;
namespace EventFly.Services.Organizations.Contracts;

/// <summary>
/// Organizations, their roles, staff and invitations. Callers check permissions first (the web layer's
/// authorization handler asks <see cref="GetPermissionsAsync"/>); this service enforces the team's own rules.
/// </summary>
public interface IOrganizationService
{
    /// <summary>
    /// The permissions <paramref name="userId"/> holds in the organization; empty for non-members and unknown ids, and,
    /// for <paramref name="eventId"/>, empty when the member is limited to other events.
    /// </summary>
    Task<IReadOnlySet<string>> GetPermissionsAsync(Guid organizationId, Guid userId, Guid? eventId, CancellationToken cancellationToken);

    /// <summary>Whether the user is on the staff (and, for <paramref name="eventId"/>, not limited to other events).</summary>
    Task<bool> IsMemberAsync(Guid organizationId, Guid userId, Guid? eventId, CancellationToken cancellationToken);

    Task<bool> IsOwnerAsync(Guid organizationId, Guid userId, CancellationToken cancellationToken);

    Task<OrganizationMembership> CreateAsync(Actor actor, string name, CancellationToken cancellationToken);

    /// <summary>The organization's subscription package, whose limits the other contexts enforce.</summary>
    Task<PackageView> GetPackageAsync(Guid organizationId, CancellationToken cancellationToken);

    /// <summary>The gateway's subscription behind the package, if a paid one was subscribed (null: Free, or granted).</summary>
    Task<string?> GetSubscriptionIdAsync(Guid organizationId, CancellationToken cancellationToken);

    /// <summary>Follows the payment gateway's subscription: a paid package while active, Free once it ends.</summary>
    Task ChangePackageAsync(Guid organizationId, string packageId, string? subscriptionId, CancellationToken cancellationToken);

    Task<IReadOnlyList<OrganizationMembership>> ListForUserAsync(Guid userId, CancellationToken cancellationToken);

    /// <summary>The names of the organizations among <paramref name="organizationIds"/> that exist (for other contexts to show).</summary>
    Task<IReadOnlyDictionary<Guid, string>> GetNamesAsync(IReadOnlyCollection<Guid> organizationIds, CancellationToken cancellationToken);

    Task<OrganizationDetails> GetAsync(Guid organizationId, CancellationToken cancellationToken);

    Task<OrganizationDetails> UpdateProfileAsync(Actor actor, Guid organizationId, OrganizationProfileChange change, CancellationToken cancellationToken);

    Task<IReadOnlyList<RoleView>> ListRolesAsync(Guid organizationId, CancellationToken cancellationToken);

    Task<RoleView> CreateRoleAsync(Actor actor, Guid organizationId, string name, IReadOnlyCollection<string> permissions, CancellationToken cancellationToken);

    Task<RoleView> UpdateRoleAsync(Actor actor, Guid organizationId, Guid roleId, string name, IReadOnlyCollection<string> permissions, CancellationToken cancellationToken);

    /// <param name="reassignTo">Where the role's staff and pending invitations move; required while the role is held.</param>
    Task DeleteRoleAsync(Actor actor, Guid organizationId, Guid roleId, Guid? reassignTo, CancellationToken cancellationToken);

    Task<IReadOnlyList<StaffMember>> ListStaffAsync(Guid organizationId, CancellationToken cancellationToken);

    Task<StaffMember> AssignStaffAsync(Actor actor, Guid organizationId, Guid userId, Guid roleId, IReadOnlyCollection<Guid>? eventIds, CancellationToken cancellationToken);

    Task RemoveStaffAsync(Actor actor, Guid organizationId, Guid userId, CancellationToken cancellationToken);

    /// <param name="acceptUrlBase">The accept page's URL without the token, e.g. <c>https://host/invitations/</c>.</param>
    Task<InvitationView> InviteAsync(Actor actor, Guid organizationId, string email, Guid roleId, string acceptUrlBase, CancellationToken cancellationToken);

    Task<IReadOnlyList<InvitationView>> ListInvitationsAsync(Guid organizationId, CancellationToken cancellationToken);

    Task RevokeInvitationAsync(Actor actor, Guid organizationId, Guid invitationId, CancellationToken cancellationToken);

    Task<InvitationView> ResendInvitationAsync(Actor actor, Guid organizationId, Guid invitationId, string acceptUrlBase, CancellationToken cancellationToken);

    /// <summary>Null for a forged, tampered or expired token.</summary>
    Task<InvitationPreview?> PreviewInvitationAsync(string token, CancellationToken cancellationToken);

    /// <summary>The signed-in user (whose e-mail must be the invited one) joins with the invited role.</summary>
    Task<OrganizationMembership> AcceptInvitationAsync(string token, Guid userId, CancellationToken cancellationToken);

    Task<IReadOnlyList<AuditEntryView>> ListAuditAsync(Guid organizationId, int take, CancellationToken cancellationToken);
}
