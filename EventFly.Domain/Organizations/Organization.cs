using EventFly.Domain.Common;

namespace EventFly.Domain.Organizations;

/// <summary>
/// Owner of events, with staff who hold roles made of permissions. Guards the rules of its team: unique role names,
/// known permissions, one membership per user, and never without an owner.
/// </summary>
public sealed class Organization : Entity<Guid>
{
    public const int MaxNameLength = 100;
    public const int MaxDescriptionLength = 2000;

    private static readonly (string Name, string[] Permissions)[] BuiltInRoles =
    [
        ("Manager", [Permissions.EventsManage, Permissions.TicketsManage, Permissions.OrdersView, Permissions.OrdersRefund,
            Permissions.CheckinScan, Permissions.FeedManage, Permissions.FeedbackView, Permissions.AnalyticsView]),
        ("Box office", [Permissions.OrdersView, Permissions.OrdersRefund, Permissions.CheckinScan]),
        ("Check-in", [Permissions.CheckinScan]),
        ("Moderator", [Permissions.FeedManage, Permissions.FeedbackView]),
        ("Analyst", [Permissions.AnalyticsView, Permissions.FeedbackView, Permissions.OrdersView]),
    ];

    private Organization()
    {
        Name = "";
    }

    public string Name { get; private set; }

    public string? Description { get; private set; }

    public string? LogoUrl { get; private set; }

    public string? ContactEmail { get; private set; }

    public string? Website { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>The subscription package (<see cref="Organizations.Package"/>); Free until a paid one is subscribed.</summary>
    public string PackageId { get; private set; } = Package.Free.Id;

    /// <summary>The gateway's subscription behind a paid package.</summary>
    public string? SubscriptionId { get; private set; }

    public Package Package => Package.Find(PackageId);

    public List<OrganizationRole> Roles { get; private set; } = [];

    public List<Membership> Members { get; private set; } = [];

    public List<Invitation> Invitations { get; private set; } = [];

    public OrganizationRole OwnerRole => Roles.Single(r => r.IsOwner);

    /// <summary>A subscription started, changed or ended (<paramref name="subscriptionId"/> null: back to Free).</summary>
    public void ChangePackage(Package package, string? subscriptionId)
    {
        PackageId = package.Id;
        SubscriptionId = package == Package.Free ? null : subscriptionId;
    }

    /// <summary>A new organization with the built-in roles; its creator is its first owner.</summary>
    public static Organization Create(string name, Guid creatorUserId, DateTimeOffset now)
    {
        var organization = new Organization { Id = Guid.CreateVersion7(now), CreatedAt = now };
        organization.Rename(name);
        organization.Roles.Add(new OrganizationRole(Guid.CreateVersion7(now), organization.Id, "Owner", Permissions.All, isOwner: true));
        foreach (var (roleName, permissions) in BuiltInRoles)
            organization.Roles.Add(new OrganizationRole(Guid.CreateVersion7(now), organization.Id, roleName, permissions, isOwner: false));
        organization.Members.Add(new Membership(organization.Id, creatorUserId, organization.OwnerRole.Id, now));
        return organization;
    }

    public void Rename(string name)
    {
        var trimmed = name?.Trim() ?? "";
        if (trimmed.Length == 0) throw new DomainException(OrganizationErrors.NameRequired, "An organization needs a name.");
        if (trimmed.Length > MaxNameLength) throw new DomainException(OrganizationErrors.NameTooLong, $"A name has at most {MaxNameLength} characters.");
        Name = trimmed;
    }

    public void UpdateProfile(string name, string? description, string? logoUrl, string? contactEmail, string? website)
    {
        Rename(name);
        Description = Blank(description);
        LogoUrl = Blank(logoUrl);
        ContactEmail = Blank(contactEmail)?.ToLowerInvariant();
        Website = Blank(website);
    }

    public Membership? FindMember(Guid userId) => Members.SingleOrDefault(m => m.UserId == userId);

    public OrganizationRole GetRole(Guid roleId) =>
        Roles.SingleOrDefault(r => r.Id == roleId) ?? throw new NotFoundException(OrganizationErrors.UnknownRole, "There is no such role in this organization.");

    public OrganizationRole AddRole(string name, IEnumerable<string> permissions, DateTimeOffset now)
    {
        var role = new OrganizationRole(Guid.CreateVersion7(now), Id, UniqueRoleName(name, exceptRoleId: null), permissions, isOwner: false);
        Roles.Add(role);
        return role;
    }

    public void ChangeRole(Guid roleId, string name, IEnumerable<string> permissions)
    {
        var role = GetRole(roleId);
        if (role.IsOwner) throw new DomainException(OrganizationErrors.OwnerRoleFixed, "The Owner role always has every permission and cannot be changed.");
        role.Change(UniqueRoleName(name, roleId), permissions);
    }

    /// <summary>Deletes a role; members and pending invitations holding it move to <paramref name="reassignTo"/> if given.</summary>
    public void DeleteRole(Guid roleId, Guid? reassignTo)
    {
        var role = GetRole(roleId);
        if (role.IsOwner) throw new DomainException(OrganizationErrors.OwnerRoleFixed, "The Owner role cannot be deleted.");
        var holders = Members.Where(m => m.RoleId == roleId).ToList();
        var invited = Invitations.Where(i => i.RoleId == roleId && i.Status == InvitationStatus.Pending).ToList();
        if (holders.Count + invited.Count > 0)
        {
            if (reassignTo is null)
                throw new DomainException(OrganizationErrors.RoleInUse, "Staff or pending invitations hold this role. Move them to another role first, or delete with reassignment.");
            var target = GetRole(reassignTo.Value);
            if (target.Id == roleId) throw new DomainException(OrganizationErrors.RoleInUse, "Reassign to a different role.");
            holders.ForEach(m => m.Assign(target.Id, eventIds: null));
            invited.ForEach(i => i.ReassignRole(target.Id));
        }
        Roles.Remove(role);
    }

    public Membership AddMember(Guid userId, Guid roleId, DateTimeOffset now)
    {
        if (FindMember(userId) is not null) throw new DomainException(OrganizationErrors.AlreadyMember, "This person is already on the staff.");
        var membership = new Membership(Id, userId, GetRole(roleId).Id, now);
        Members.Add(membership);
        return membership;
    }

    public void AssignMember(Guid userId, Guid roleId, IEnumerable<Guid>? eventIds)
    {
        var member = FindMember(userId) ?? throw new NotFoundException(OrganizationErrors.NotAMember, "This person is not on the staff.");
        var role = GetRole(roleId);
        if (!role.IsOwner && IsLastOwner(member))
            throw new DomainException(OrganizationErrors.LastOwner, "The last owner cannot be demoted. Make someone else an owner first.");
        member.Assign(role.Id, role.IsOwner ? [] : eventIds);
    }

    public void RemoveMember(Guid userId)
    {
        var member = FindMember(userId) ?? throw new NotFoundException(OrganizationErrors.NotAMember, "This person is not on the staff.");
        if (IsLastOwner(member))
            throw new DomainException(OrganizationErrors.LastOwner, "The last owner cannot be removed. Make someone else an owner first.");
        Members.Remove(member);
    }

    /// <param name="existingMemberId">The account that already uses this e-mail address, if any.</param>
    public Invitation Invite(string email, Guid roleId, Guid invitedBy, Guid? existingMemberId, DateTimeOffset now, TimeSpan validFor)
    {
        var normalized = email?.Trim().ToLowerInvariant() ?? "";
        if (normalized.Length == 0 || normalized.Length > Invitation.MaxEmailLength || !normalized.Contains('@', StringComparison.Ordinal))
            throw new DomainException(OrganizationErrors.InvalidEmail, "Give a valid e-mail address.");
        GetRole(roleId);
        if (existingMemberId is { } userId && FindMember(userId) is not null)
            throw new DomainException(OrganizationErrors.AlreadyMember, "This person is already on the staff.");
        if (Invitations.Any(i => i.Email == normalized && i.IsOpen(now)))
            throw new DomainException(OrganizationErrors.AlreadyInvited, "This address already has a pending invitation. Resend it instead.");
        Package.Check(Package.Limits.MaxStaff, Members.Count + Invitations.Count(i => i.IsOpen(now)) + 1, "staff members (invitations included)");
        var invitation = new Invitation(Id, normalized, roleId, invitedBy, now, validFor);
        Invitations.Add(invitation);
        return invitation;
    }

    public Invitation GetInvitation(Guid invitationId) =>
        Invitations.SingleOrDefault(i => i.Id == invitationId) ?? throw new NotFoundException(OrganizationErrors.UnknownInvitation, "There is no such invitation.");

    public void RevokeInvitation(Guid invitationId) => GetInvitation(invitationId).Revoke();

    public Invitation RenewInvitation(Guid invitationId, DateTimeOffset now, TimeSpan validFor)
    {
        var invitation = GetInvitation(invitationId);
        invitation.Renew(now, validFor);
        return invitation;
    }

    public Membership AcceptInvitation(Guid invitationId, Guid userId, string userEmail, DateTimeOffset now)
    {
        var invitation = GetInvitation(invitationId);
        invitation.Accept(userId, userEmail, now);
        return AddMember(userId, invitation.RoleId, now);
    }

    public bool IsOwner(Guid userId) => FindMember(userId) is { } m && m.RoleId == OwnerRole.Id;

    private bool IsLastOwner(Membership member) =>
        member.RoleId == OwnerRole.Id && Members.Count(m => m.RoleId == OwnerRole.Id) == 1;

    private string UniqueRoleName(string name, Guid? exceptRoleId)
    {
        var trimmed = name?.Trim() ?? "";
        if (trimmed.Length == 0) throw new DomainException(OrganizationErrors.RoleNameRequired, "A role needs a name.");
        if (trimmed.Length > OrganizationRole.MaxNameLength)
            throw new DomainException(OrganizationErrors.RoleNameTooLong, $"A role name has at most {OrganizationRole.MaxNameLength} characters.");
        if (Roles.Any(r => r.Id != exceptRoleId && string.Equals(r.Name, trimmed, StringComparison.OrdinalIgnoreCase)))
            throw new DomainException(OrganizationErrors.DuplicateRoleName, $"There is already a role named '{trimmed}'.");
        return trimmed;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
