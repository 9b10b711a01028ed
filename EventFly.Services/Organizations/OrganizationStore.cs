using EventFly.Domain.Common;
using EventFly.Domain.Organizations;
using EventFly.Services.Common;
using EventFly.Services.Identity.Contracts;
using EventFly.Services.Organizations.Contracts;
using EventFly.Services.Organizations.Persistence;
using Microsoft.EntityFrameworkCore;

namespace EventFly.Services.Organizations;

/// <summary>What the Organizations services share: checking the caller, loading the aggregate, the audit trail, the views.</summary>
internal sealed class OrganizationStore(OrganizationsData db, IOrganizationAccess access, TimeProvider time)
{
    public OrganizationsData Data => db;

    /// <summary>Loads the organization for a caller who holds <paramref name="permission"/> org-wide (403 otherwise, also for unknown ids).</summary>
    public async Task<Organization> LoadForAsync(Actor actor, Guid organizationId, string permission, CancellationToken cancellationToken, bool track = true)
    {
        (await access.GetGrantAsync(actor, organizationId, cancellationToken)).Require(permission);
        return await LoadAsync(organizationId, cancellationToken, track);
    }

    public async Task<Organization> LoadAsync(Guid organizationId, CancellationToken cancellationToken, bool track = true)
    {
        var query = db.Organizations.Include(o => o.Roles).Include(o => o.Members).Include(o => o.Invitations).AsSplitQuery();
        if (!track) query = query.AsNoTracking();
        return await query.SingleOrDefaultAsync(o => o.Id == organizationId, cancellationToken) ?? throw NotFound();
    }

    public void Audit(Guid organizationId, Actor actor, string action, string details) =>
        db.Add(new AuditEntry(organizationId, actor.UserId, action, details.Length > 1000 ? details[..1000] : details, time.GetUtcNow()));

    public static NotFoundException NotFound() => new(OrganizationErrors.UnknownOrganization, "There is no such organization.");

    public static InvitationState StateOf(Invitation invitation, DateTimeOffset now) => invitation.Status switch
    {
        InvitationStatus.Pending => now >= invitation.ExpiresAt ? InvitationState.Expired : InvitationState.Pending,
        InvitationStatus.Accepted => InvitationState.Accepted,
        InvitationStatus.Revoked => InvitationState.Revoked,
    };

    public static OrganizationMembership ToMembership(Organization organization, OrganizationRole role) =>
        new(organization.Id, organization.Name, role.Id, role.Name, role.IsOwner, role.Permissions);

    public static OrganizationDetails ToDetails(Organization o) =>
        new(o.Id, o.Name, o.Description, o.LogoUrl, o.ContactEmail, o.Website, o.CreatedAt);

    public static RoleView ToView(Organization organization, OrganizationRole role) =>
        new(role.Id, role.Name, role.Permissions, role.IsOwner, organization.Members.Count(m => m.RoleId == role.Id));

    public static InvitationView ToView(Organization organization, Invitation invitation, DateTimeOffset now) =>
        new(invitation.Id, invitation.Email, invitation.RoleId, organization.Roles.FirstOrDefault(r => r.Id == invitation.RoleId)?.Name ?? "",
            StateOf(invitation, now), invitation.CreatedAt, invitation.ExpiresAt);

    public static StaffMember ToStaff(Organization organization, Membership member, AccountSummary? person)
    {
        var role = organization.GetRole(member.RoleId);
        return new StaffMember(member.UserId, person?.Email ?? "", person?.DisplayName, role.Id, role.Name, role.IsOwner, member.EventIds, member.JoinedAt);
    }
}
