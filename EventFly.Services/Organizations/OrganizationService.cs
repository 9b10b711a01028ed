using System.Net;
using EventFly.Domain.Common;
using EventFly.Domain.Organizations;
using EventFly.Services.Identity.Contracts;
using EventFly.Services.Mail;
using EventFly.Services.Outbox;
using EventFly.Services.Persistence;
using Microsoft.EntityFrameworkCore;
using EventFly.Services.Organizations.Contracts;
using EventFly.Services.Common;
using EventFly.Services.Organizations.Persistence;

namespace EventFly.Services.Organizations;

internal sealed class OrganizationService(
    OrganizationsData db,
    IProfileService accounts,
    InvitationTokens tokens,
    Microsoft.Extensions.Options.IOptions<EventFlyOptions> options,
    TimeProvider time) : IOrganizationService
{
    public static readonly TimeSpan InvitationValidity = TimeSpan.FromDays(7);

    private DbSet<Organization> Organizations => db.Organizations;

    public async Task<IReadOnlySet<string>> GetPermissionsAsync(Guid organizationId, Guid userId, Guid? eventId, CancellationToken cancellationToken)
    {
        var access = await (
            from m in db.Memberships
            join r in db.Roles on m.RoleId equals r.Id
            where m.OrganizationId == organizationId && m.UserId == userId
            select new { r.Permissions, m.EventIds }).FirstOrDefaultAsync(cancellationToken);
        return access is null || !Covers(access.EventIds, eventId) ? new HashSet<string>() : access.Permissions.ToHashSet(StringComparer.Ordinal);
    }

    public async Task<bool> IsMemberAsync(Guid organizationId, Guid userId, Guid? eventId, CancellationToken cancellationToken)
    {
        var eventIds = await db.Memberships.Where(m => m.OrganizationId == organizationId && m.UserId == userId)
            .Select(m => m.EventIds).FirstOrDefaultAsync(cancellationToken);
        return eventIds is not null && Covers(eventIds, eventId);
    }

    /// <summary>A member limited to some events has no say over the others.</summary>
    private static bool Covers(List<Guid> memberEventIds, Guid? eventId) =>
        eventId is null || memberEventIds.Count == 0 || memberEventIds.Contains(eventId.Value);

    public async Task<bool> IsOwnerAsync(Guid organizationId, Guid userId, CancellationToken cancellationToken) =>
        await (from m in db.Memberships
               join r in db.Roles on m.RoleId equals r.Id
               where m.OrganizationId == organizationId && m.UserId == userId && r.IsOwner
               select m).AnyAsync(cancellationToken);

    public async Task<OrganizationMembership> CreateAsync(Actor actor, string name, CancellationToken cancellationToken)
    {
        var organization = Organization.Create(name, actor.UserId, time.GetUtcNow());
        organization.ChangePackage(Package.Find(options.Value.DefaultPackage), subscriptionId: null);
        Organizations.Add(organization);
        Audit(organization.Id, actor, "organization.created", $"Created '{organization.Name}'");
        await db.SaveChangesAsync(cancellationToken);
        return ToMembership(organization, organization.OwnerRole);
    }

    public async Task<IReadOnlyList<OrganizationMembership>> ListForUserAsync(Guid userId, CancellationToken cancellationToken)
    {
        var rows = await (
            from m in db.Memberships
            join o in Organizations on m.OrganizationId equals o.Id
            join r in db.Roles on m.RoleId equals r.Id
            where m.UserId == userId
            orderby o.Name
            select new { o.Id, o.Name, RoleId = r.Id, RoleName = r.Name, r.IsOwner, r.Permissions }).ToListAsync(cancellationToken);
        return [.. rows.Select(r => new OrganizationMembership(r.Id, r.Name, r.RoleId, r.RoleName, r.IsOwner, r.Permissions))];
    }

    public async Task<IReadOnlyDictionary<Guid, string>> GetNamesAsync(IReadOnlyCollection<Guid> organizationIds, CancellationToken cancellationToken) =>
        await Organizations.AsNoTracking().Where(o => organizationIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken);

    public async Task<OrganizationDetails> GetAsync(Guid organizationId, CancellationToken cancellationToken) =>
        ToDetails(await Organizations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == organizationId, cancellationToken) ?? throw NotFound());

    public async Task<OrganizationDetails> UpdateProfileAsync(Actor actor, Guid organizationId, OrganizationProfileChange change, CancellationToken cancellationToken)
    {
        var organization = await LoadAsync(organizationId, cancellationToken);
        organization.UpdateProfile(change.Name, change.Description, change.LogoUrl, change.ContactEmail, change.Website);
        Audit(organizationId, actor, "organization.updated", $"Profile updated ('{organization.Name}')");
        await db.SaveChangesAsync(cancellationToken);
        return ToDetails(organization);
    }

    public async Task<IReadOnlyList<RoleView>> ListRolesAsync(Guid organizationId, CancellationToken cancellationToken)
    {
        var organization = await LoadAsync(organizationId, cancellationToken, track: false);
        return [.. organization.Roles.OrderByDescending(r => r.IsOwner).ThenBy(r => r.Name).Select(r => ToView(organization, r))];
    }

    public async Task<RoleView> CreateRoleAsync(Actor actor, Guid organizationId, string name, IReadOnlyCollection<string> permissions, CancellationToken cancellationToken)
    {
        var organization = await LoadAsync(organizationId, cancellationToken);
        var role = organization.AddRole(name, permissions, time.GetUtcNow());
        db.Add(role);
        Audit(organizationId, actor, "role.created", $"Role '{role.Name}': {Describe(role.Permissions)}");
        await db.SaveChangesAsync(cancellationToken);
        return ToView(organization, role);
    }

    public async Task<RoleView> UpdateRoleAsync(Actor actor, Guid organizationId, Guid roleId, string name, IReadOnlyCollection<string> permissions, CancellationToken cancellationToken)
    {
        var organization = await LoadAsync(organizationId, cancellationToken);
        organization.ChangeRole(roleId, name, permissions);
        var role = organization.GetRole(roleId);
        Audit(organizationId, actor, "role.updated", $"Role '{role.Name}': {Describe(role.Permissions)}");
        await db.SaveChangesAsync(cancellationToken);
        return ToView(organization, role);
    }

    public async Task DeleteRoleAsync(Actor actor, Guid organizationId, Guid roleId, Guid? reassignTo, CancellationToken cancellationToken)
    {
        var organization = await LoadAsync(organizationId, cancellationToken);
        var role = organization.GetRole(roleId);
        organization.DeleteRole(roleId, reassignTo);
        var moved = reassignTo is { } target && organization.Roles.FirstOrDefault(r => r.Id == target) is { } to ? $", holders moved to '{to.Name}'" : "";
        Audit(organizationId, actor, "role.deleted", $"Role '{role.Name}' deleted{moved}");
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<StaffMember>> ListStaffAsync(Guid organizationId, CancellationToken cancellationToken)
    {
        var organization = await LoadAsync(organizationId, cancellationToken, track: false);
        var people = (await accounts.GetAccountsAsync([.. organization.Members.Select(m => m.UserId)], cancellationToken)).ToDictionary(a => a.Id);
        return [.. organization.Members
            .Select(m => ToStaff(organization, m, people.GetValueOrDefault(m.UserId)))
            .OrderByDescending(s => s.IsOwner).ThenBy(s => s.DisplayName ?? s.Email, StringComparer.OrdinalIgnoreCase)];
    }

    public async Task<StaffMember> AssignStaffAsync(Actor actor, Guid organizationId, Guid userId, Guid roleId, IReadOnlyCollection<Guid>? eventIds, CancellationToken cancellationToken)
    {
        var organization = await LoadAsync(organizationId, cancellationToken);
        organization.AssignMember(userId, roleId, eventIds);
        var person = (await accounts.GetAccountsAsync([userId], cancellationToken)).SingleOrDefault();
        var role = organization.GetRole(roleId);
        Audit(organizationId, actor, "staff.role_changed", $"{person?.Email ?? userId.ToString()} is now '{role.Name}'");
        await db.SaveChangesAsync(cancellationToken);
        return ToStaff(organization, organization.FindMember(userId)!, person);
    }

    public async Task RemoveStaffAsync(Actor actor, Guid organizationId, Guid userId, CancellationToken cancellationToken)
    {
        var organization = await LoadAsync(organizationId, cancellationToken);
        organization.RemoveMember(userId);
        var person = (await accounts.GetAccountsAsync([userId], cancellationToken)).SingleOrDefault();
        Audit(organizationId, actor, "staff.removed", $"{person?.Email ?? userId.ToString()} removed from the staff");
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<InvitationView> InviteAsync(Actor actor, Guid organizationId, string email, Guid roleId, string acceptUrlBase, CancellationToken cancellationToken)
    {
        var organization = await LoadAsync(organizationId, cancellationToken);
        var existing = await accounts.FindAccountByEmailAsync(email, cancellationToken);
        var now = time.GetUtcNow();
        var invitation = organization.Invite(email, roleId, actor.UserId, existing?.Id, now, InvitationValidity);
        db.Add(invitation);
        var role = organization.GetRole(roleId);
        await SendInvitationAsync(organization, invitation, role, actor, acceptUrlBase, cancellationToken);
        Audit(organizationId, actor, "invitation.sent", $"{invitation.Email} invited as '{role.Name}'");
        await db.SaveChangesAsync(cancellationToken);
        return ToView(organization, invitation, now);
    }

    public async Task<IReadOnlyList<InvitationView>> ListInvitationsAsync(Guid organizationId, CancellationToken cancellationToken)
    {
        var organization = await LoadAsync(organizationId, cancellationToken, track: false);
        var now = time.GetUtcNow();
        return [.. organization.Invitations.OrderByDescending(i => i.CreatedAt).Select(i => ToView(organization, i, now))];
    }

    public async Task RevokeInvitationAsync(Actor actor, Guid organizationId, Guid invitationId, CancellationToken cancellationToken)
    {
        var organization = await LoadAsync(organizationId, cancellationToken);
        organization.RevokeInvitation(invitationId);
        Audit(organizationId, actor, "invitation.revoked", $"Invitation of {organization.GetInvitation(invitationId).Email} revoked");
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<InvitationView> ResendInvitationAsync(Actor actor, Guid organizationId, Guid invitationId, string acceptUrlBase, CancellationToken cancellationToken)
    {
        var organization = await LoadAsync(organizationId, cancellationToken);
        var now = time.GetUtcNow();
        var invitation = organization.RenewInvitation(invitationId, now, InvitationValidity);
        await SendInvitationAsync(organization, invitation, organization.GetRole(invitation.RoleId), actor, acceptUrlBase, cancellationToken);
        Audit(organizationId, actor, "invitation.resent", $"Invitation of {invitation.Email} resent");
        await db.SaveChangesAsync(cancellationToken);
        return ToView(organization, invitation, now);
    }

    public async Task<InvitationPreview?> PreviewInvitationAsync(string token, CancellationToken cancellationToken)
    {
        if (tokens.Read(token) is not { } invitationId) return null;
        var organization = await Organizations.AsNoTracking().Include(o => o.Roles).Include(o => o.Invitations)
            .SingleOrDefaultAsync(o => o.Invitations.Any(i => i.Id == invitationId), cancellationToken);
        if (organization is null) return null;
        var invitation = organization.GetInvitation(invitationId);
        return new InvitationPreview(organization.Id, organization.Name, organization.GetRole(invitation.RoleId).Name, invitation.Email,
            StatusOf(invitation, time.GetUtcNow()));
    }

    public async Task<OrganizationMembership> AcceptInvitationAsync(string token, Guid userId, CancellationToken cancellationToken)
    {
        var invitationId = tokens.Read(token) ?? throw new NotFoundException("invalid_invitation", "This invitation link is not valid.");
        var organization = await Organizations.Include(o => o.Roles).Include(o => o.Members).Include(o => o.Invitations)
            .SingleOrDefaultAsync(o => o.Invitations.Any(i => i.Id == invitationId), cancellationToken)
            ?? throw new NotFoundException("invalid_invitation", "This invitation link is not valid.");
        var account = (await accounts.GetAccountsAsync([userId], cancellationToken)).SingleOrDefault()
            ?? throw new NotFoundException("unknown_user", "Sign in to accept the invitation.");

        var membership = organization.AcceptInvitation(invitationId, userId, account.Email, time.GetUtcNow());
        db.Add(membership);
        var role = organization.GetRole(membership.RoleId);
        Audit(organization.Id, new Actor(userId), "invitation.accepted", $"{account.Email} joined as '{role.Name}'");
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The unique (organization, user) index: a concurrent accept got there first.
            throw new DomainException("already_member", "You are already on this organization's staff.");
        }
        return ToMembership(organization, role);
    }

    public async Task<IReadOnlyList<AuditEntryView>> ListAuditAsync(Guid organizationId, int take, CancellationToken cancellationToken)
    {
        var entries = await db.AuditEntries.AsNoTracking()
            .Where(a => a.OrganizationId == organizationId)
            .OrderByDescending(a => a.At).Take(Math.Clamp(take, 1, 500))
            .ToListAsync(cancellationToken);
        var names = (await accounts.GetAccountsAsync([.. entries.Select(e => e.ActorUserId).Distinct()], cancellationToken))
            .ToDictionary(a => a.Id, a => a.DisplayName ?? a.Email);
        return [.. entries.Select(e => new AuditEntryView(e.Id, e.ActorUserId, names.GetValueOrDefault(e.ActorUserId), e.Action, e.Details,
            new DateTimeOffset(DateTime.SpecifyKind(e.At, DateTimeKind.Utc))))];
    }

    public async Task<PackageView> GetPackageAsync(Guid organizationId, CancellationToken cancellationToken) =>
        Packages.Find(await Organizations.Where(o => o.Id == organizationId).Select(o => o.PackageId).SingleOrDefaultAsync(cancellationToken) ?? throw NotFound());

    public async Task<string?> GetSubscriptionIdAsync(Guid organizationId, CancellationToken cancellationToken) =>
        await Organizations.Where(o => o.Id == organizationId).Select(o => o.SubscriptionId).SingleOrDefaultAsync(cancellationToken);

    public async Task ChangePackageAsync(Guid organizationId, string packageId, string? subscriptionId, CancellationToken cancellationToken)
    {
        var organization = await Organizations.SingleOrDefaultAsync(o => o.Id == organizationId, cancellationToken) ?? throw NotFound();
        var package = Package.Find(packageId);
        if (organization.PackageId == package.Id && organization.SubscriptionId == subscriptionId) return;
        organization.ChangePackage(package, subscriptionId);
        db.Add(new AuditEntry(organizationId, Guid.Empty, "billing.package_changed", $"Package is now {package.Name}", time.GetUtcNow()));
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task<Organization> LoadAsync(Guid organizationId, CancellationToken cancellationToken, bool track = true)
    {
        var query = Organizations.Include(o => o.Roles).Include(o => o.Members).Include(o => o.Invitations).AsSplitQuery();
        if (!track) query = query.AsNoTracking();
        return await query.SingleOrDefaultAsync(o => o.Id == organizationId, cancellationToken) ?? throw NotFound();
    }

    private async Task SendInvitationAsync(Organization organization, Invitation invitation, OrganizationRole role, Actor actor, string acceptUrlBase, CancellationToken cancellationToken)
    {
        var inviter = (await accounts.GetAccountsAsync([actor.UserId], cancellationToken)).SingleOrDefault();
        var inviterName = inviter?.DisplayName ?? inviter?.Email ?? "A team member";
        var link = acceptUrlBase + Uri.EscapeDataString(tokens.Create(invitation.Id, invitation.ExpiresAt));
        var expires = invitation.ExpiresAt.ToString("dddd d MMMM yyyy HH:mm 'UTC'", System.Globalization.CultureInfo.InvariantCulture);
        var html = $"""
            <p>Hello,</p>
            <p>{WebUtility.HtmlEncode(inviterName)} invited you to join <strong>{WebUtility.HtmlEncode(organization.Name)}</strong>
            on EventFly as <strong>{WebUtility.HtmlEncode(role.Name)}</strong>.</p>
            <p><a href="{WebUtility.HtmlEncode(link)}" style="background:#5B3CC4;color:#fff;padding:10px 18px;border-radius:8px;text-decoration:none">Accept the invitation</a></p>
            <p>The link works until {expires} and only for {WebUtility.HtmlEncode(invitation.Email)}. If you did not expect it, ignore this e-mail.</p>
            """;
        var text = $"""
            Hello,

            {inviterName} invited you to join {organization.Name} on EventFly as {role.Name}.

            Accept the invitation: {link}

            The link works until {expires} and only for {invitation.Email}. If you did not expect it, ignore this e-mail.
            """;
        db.Add(EmailOutboxHandler.Message(new EmailMessage(invitation.Email, $"Join {organization.Name} on EventFly", html, text), time.GetUtcNow()));
    }

    private void Audit(Guid organizationId, Actor actor, string action, string details) =>
        db.Add(new AuditEntry(organizationId, actor.UserId, action, details.Length > 1000 ? details[..1000] : details, time.GetUtcNow()));

    private static string Describe(List<string> permissions) => permissions.Count == 0 ? "no permissions" : string.Join(", ", permissions);

    private static NotFoundException NotFound() => new("unknown_organization", "There is no such organization.");

    private static string StatusOf(Invitation invitation, DateTimeOffset now) =>
        invitation.Status == InvitationStatus.Pending && now >= invitation.ExpiresAt ? "expired" : invitation.Status.ToString().ToLowerInvariant();

    private static OrganizationMembership ToMembership(Organization organization, OrganizationRole role) =>
        new(organization.Id, organization.Name, role.Id, role.Name, role.IsOwner, role.Permissions);

    private static OrganizationDetails ToDetails(Organization o) =>
        new(o.Id, o.Name, o.Description, o.LogoUrl, o.ContactEmail, o.Website, o.CreatedAt);

    private static RoleView ToView(Organization organization, OrganizationRole role) =>
        new(role.Id, role.Name, role.Permissions, role.IsOwner, organization.Members.Count(m => m.RoleId == role.Id));

    private static InvitationView ToView(Organization organization, Invitation invitation, DateTimeOffset now) =>
        new(invitation.Id, invitation.Email, invitation.RoleId, organization.Roles.FirstOrDefault(r => r.Id == invitation.RoleId)?.Name ?? "",
            StatusOf(invitation, now), invitation.CreatedAt, invitation.ExpiresAt);

    private static StaffMember ToStaff(Organization organization, Membership member, AccountSummary? person)
    {
        var role = organization.GetRole(member.RoleId);
        return new StaffMember(member.UserId, person?.Email ?? "", person?.DisplayName, role.Id, role.Name, role.IsOwner, member.EventIds, member.JoinedAt);
    }
}
