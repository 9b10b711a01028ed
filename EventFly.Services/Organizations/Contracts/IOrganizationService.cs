using EventFly.Services.Common;

namespace EventFly.Services.Organizations.Contracts;

/// <summary>Organizations themselves: create, list one's own, show and edit the profile. Every call checks its caller.</summary>
public interface IOrganizationService
{
    /// <summary>Any signed-in account may create an organization; it becomes its owner.</summary>
    Task<OrganizationMembership> CreateAsync(Actor actor, string name, CancellationToken cancellationToken);

    Task<IReadOnlyList<OrganizationMembership>> ListMineAsync(Actor actor, CancellationToken cancellationToken);

    /// <summary>For any member (403 otherwise).</summary>
    Task<OrganizationDetails> GetAsync(Actor actor, Guid organizationId, CancellationToken cancellationToken);

    /// <summary>Needs <c>staff.manage</c>.</summary>
    Task<OrganizationDetails> UpdateProfileAsync(Actor actor, Guid organizationId, OrganizationProfileChange change, CancellationToken cancellationToken);

    /// <summary>The names of the organizations among <paramref name="organizationIds"/> that exist (for other contexts to show).</summary>
    Task<IReadOnlyDictionary<Guid, string>> GetNamesAsync(IReadOnlyCollection<Guid> organizationIds, CancellationToken cancellationToken);
}

/// <summary>An organization's roles and staff; every call needs <c>staff.manage</c> (org-wide).</summary>
public interface ITeamService
{
    Task<IReadOnlyList<RoleView>> ListRolesAsync(Actor actor, Guid organizationId, CancellationToken cancellationToken);

    Task<RoleView> CreateRoleAsync(Actor actor, Guid organizationId, string name, IReadOnlyCollection<string> permissions, CancellationToken cancellationToken);

    Task<RoleView> UpdateRoleAsync(Actor actor, Guid organizationId, Guid roleId, string name, IReadOnlyCollection<string> permissions, CancellationToken cancellationToken);

    /// <param name="reassignTo">Where the role's staff and pending invitations move; required while the role is held.</param>
    Task DeleteRoleAsync(Actor actor, Guid organizationId, Guid roleId, Guid? reassignTo, CancellationToken cancellationToken);

    Task<IReadOnlyList<StaffMember>> ListStaffAsync(Actor actor, Guid organizationId, CancellationToken cancellationToken);

    Task<StaffMember> AssignStaffAsync(Actor actor, Guid organizationId, Guid userId, Guid roleId, IReadOnlyCollection<Guid>? eventIds, CancellationToken cancellationToken);

    Task RemoveStaffAsync(Actor actor, Guid organizationId, Guid userId, CancellationToken cancellationToken);
}

/// <summary>Invitations to join the staff: sending and managing them needs <c>staff.manage</c>; the invitee previews and accepts.</summary>
public interface IInvitationService
{
    /// <param name="acceptUrlBase">The accept page's URL without the token, e.g. <c>https://host/invitations/</c>.</param>
    Task<InvitationView> InviteAsync(Actor actor, Guid organizationId, string email, Guid roleId, string acceptUrlBase, CancellationToken cancellationToken);

    Task<IReadOnlyList<InvitationView>> ListAsync(Actor actor, Guid organizationId, CancellationToken cancellationToken);

    Task RevokeAsync(Actor actor, Guid organizationId, Guid invitationId, CancellationToken cancellationToken);

    Task<InvitationView> ResendAsync(Actor actor, Guid organizationId, Guid invitationId, string acceptUrlBase, CancellationToken cancellationToken);

    /// <summary>Null for a forged, tampered or expired token.</summary>
    Task<InvitationPreview?> PreviewAsync(string token, CancellationToken cancellationToken);

    /// <summary>The signed-in caller (whose e-mail must be the invited one) joins with the invited role.</summary>
    Task<OrganizationMembership> AcceptAsync(Actor actor, string token, CancellationToken cancellationToken);
}

/// <summary>Who changed what in an organization; only owners read it.</summary>
public interface IAuditLog
{
    Task<IReadOnlyList<AuditEntryView>> ListAsync(Actor actor, Guid organizationId, int take, CancellationToken cancellationToken);
}

/// <summary>What other contexts need of an organization's subscription: its package (whose limits they enforce) and the gateway's subscription.</summary>
public interface IOrganizationBilling
{
    /// <summary>The organization's package, subscription and staff count against its limits; needs <c>billing.manage</c>.</summary>
    Task<BillingOverview> GetOverviewAsync(Actor actor, Guid organizationId, CancellationToken cancellationToken);

    Task<PackageView> GetPackageAsync(Guid organizationId, CancellationToken cancellationToken);

    /// <summary>The gateway's subscription behind the package, if a paid one was subscribed (null: Free, or granted).</summary>
    Task<string?> GetSubscriptionIdAsync(Guid organizationId, CancellationToken cancellationToken);

    /// <summary>Follows the payment gateway's subscription: a paid package while active, Free once it ends.</summary>
    Task ChangePackageAsync(Guid organizationId, string packageId, string? subscriptionId, CancellationToken cancellationToken);
}

/// <param name="Staff">Members plus pending invitations: what the package's staff limit counts.</param>
public sealed record BillingOverview(PackageView Package, string? SubscriptionId, int Staff);
