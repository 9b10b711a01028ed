using CsCheck;
using EventFly.Domain.Common;
using EventFly.Domain.Organizations;

namespace EventFly.Domain.Tests;

public sealed class OrganizationTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Week = TimeSpan.FromDays(7);
    private readonly Guid _owner = Guid.NewGuid();

    [Fact]
    public void Create_MakesTheCreatorOwnerWithEveryPermission_AndAddsBuiltInRoles()
    {
        var organization = Organization.Create("  Acme Events ", _owner, Now);

        Assert.Equal("Acme Events", organization.Name);
        Assert.True(organization.IsOwner(_owner));
        Assert.Equal(Permissions.All, organization.OwnerRole.Permissions);
        Assert.Equal(["Owner", "Manager", "Box office", "Check-in", "Moderator", "Analyst"], organization.Roles.Select(r => r.Name));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Create_WithoutName_Throws(string name) =>
        Assert.Equal("name_required", Assert.Throws<DomainException>(() => Organization.Create(name, _owner, Now)).Code);

    [Fact]
    public void AddRole_WithDuplicateNameInAnyCase_Throws()
    {
        var organization = Organization.Create("Acme", _owner, Now);

        var error = Assert.Throws<DomainException>(() => organization.AddRole("MANAGER", [], Now));

        Assert.Equal("duplicate_role_name", error.Code);
    }

    [Fact]
    public void AddRole_WithUnknownPermission_Throws()
    {
        var organization = Organization.Create("Acme", _owner, Now);

        Assert.Equal("invalid_permission", Assert.Throws<DomainException>(() => organization.AddRole("Wizard", ["magic.cast"], Now)).Code);
    }

    [Fact]
    public void AddRole_KeepsPermissionsDistinctInCanonicalOrder()
    {
        var organization = Organization.Create("Acme", _owner, Now);

        var role = organization.AddRole("Door", [Permissions.CheckinScan, Permissions.OrdersView, Permissions.CheckinScan], Now);

        Assert.Equal([Permissions.OrdersView, Permissions.CheckinScan], role.Permissions);
    }

    [Fact]
    public void OwnerRole_CannotBeChangedOrDeleted()
    {
        var organization = Organization.Create("Acme", _owner, Now);
        var ownerRole = organization.OwnerRole.Id;

        Assert.Equal("owner_role_fixed", Assert.Throws<DomainException>(() => organization.ChangeRole(ownerRole, "Boss", [])).Code);
        Assert.Equal("owner_role_fixed", Assert.Throws<DomainException>(() => organization.DeleteRole(ownerRole, null)).Code);
    }

    [Fact]
    public void LastOwner_CannotBeRemovedOrDemoted_ButCanOnceThereIsAnother()
    {
        var organization = Organization.Create("Acme", _owner, Now);
        var manager = organization.Roles.Single(r => r.Name == "Manager").Id;

        Assert.Equal("last_owner", Assert.Throws<DomainException>(() => organization.RemoveMember(_owner)).Code);
        Assert.Equal("last_owner", Assert.Throws<DomainException>(() => organization.AssignMember(_owner, manager, null)).Code);

        var second = Guid.NewGuid();
        organization.AddMember(second, organization.OwnerRole.Id, Now);
        organization.AssignMember(_owner, manager, null);

        Assert.False(organization.IsOwner(_owner));
        Assert.True(organization.IsOwner(second));
    }

    [Fact]
    public void Invitation_AcceptedByTheInvitedAddress_AddsTheMemberWithTheRole()
    {
        var organization = Organization.Create("Acme", _owner, Now);
        var checkIn = organization.Roles.Single(r => r.Name == "Check-in").Id;
        var invitation = organization.Invite(" Ada@Example.com ", checkIn, _owner, null, Now, Week);
        var ada = Guid.NewGuid();

        var membership = organization.AcceptInvitation(invitation.Id, ada, "ada@EXAMPLE.com", Now.AddDays(1));

        Assert.Equal("ada@example.com", invitation.Email);
        Assert.Equal(InvitationStatus.Accepted, invitation.Status);
        Assert.Equal(checkIn, membership.RoleId);
    }

    [Theory]
    [InlineData("expired", "invitation_expired")]
    [InlineData("revoked", "invitation_revoked")]
    [InlineData("other-email", "invitation_email_mismatch")]
    [InlineData("accepted", "invitation_already_accepted")]
    public void Invitation_ThatCannotBeAccepted_ThrowsAndAddsNobody(string situation, string code)
    {
        var organization = Organization.Create("Acme", _owner, Now);
        var role = organization.Roles.Single(r => r.Name == "Analyst").Id;
        var invitation = organization.Invite("ada@example.com", role, _owner, null, Now, Week);
        var when = Now.AddHours(1);
        var email = "ada@example.com";
        switch (situation)
        {
            case "expired": when = Now + Week; break;
            case "revoked": organization.RevokeInvitation(invitation.Id); break;
            case "other-email": email = "eve@example.com"; break;
            case "accepted": organization.AcceptInvitation(invitation.Id, Guid.NewGuid(), email, when); break;
        }
        var members = organization.Members.Count;

        var error = Assert.Throws<DomainException>(() => organization.AcceptInvitation(invitation.Id, Guid.NewGuid(), email, when));

        Assert.Equal(code, error.Code);
        Assert.Equal(members, organization.Members.Count);
    }

    [Fact]
    public void Invite_AnExistingMember_Throws()
    {
        var organization = Organization.Create("Acme", _owner, Now);

        var error = Assert.Throws<DomainException>(() => organization.Invite("owner@example.com", organization.OwnerRole.Id, _owner, _owner, Now, Week));

        Assert.Equal("already_member", error.Code);
    }

    [Fact]
    public void Resend_RenewsAnExpiredPendingInvitation()
    {
        var organization = Organization.Create("Acme", _owner, Now);
        var invitation = organization.Invite("ada@example.com", organization.OwnerRole.Id, _owner, null, Now, Week);

        organization.RenewInvitation(invitation.Id, Now + Week + Week, Week);

        Assert.True(invitation.IsOpen(Now + Week + Week + TimeSpan.FromDays(1)));
    }

    [Fact]
    public void AnySequenceOfTeamChanges_LeavesAtLeastOneOwner()
    {
        // Random adds, role changes and removals: whatever is accepted or refused, an owner always remains.
        var operations = Gen.Select(Gen.Int[0, 2], Gen.Int[0, 5], Gen.Int[0, 5]).Array[1, 40];

        operations.Sample(ops =>
        {
            var organization = Organization.Create("Acme", _owner, Now);
            var users = Enumerable.Range(0, 6).Select(i => i == 0 ? _owner : Guid.NewGuid()).ToArray();
            foreach (var (kind, user, role) in ops)
            {
                var roleId = organization.Roles[role].Id;
                try
                {
                    switch (kind)
                    {
                        case 0: organization.AddMember(users[user], roleId, Now); break;
                        case 1: organization.AssignMember(users[user], roleId, null); break;
                        default: organization.RemoveMember(users[user]); break;
                    }
                }
                catch (DomainException)
                {
                }
                catch (NotFoundException)
                {
                }
            }
            return organization.Members.Any(m => m.RoleId == organization.OwnerRole.Id);
        });
    }
}
