using EventFly.Domain.Common;
using EventFly.Domain.Organizations;
using EventFly.Services.Common;
using EventFly.Services.Identity.Contracts;
using EventFly.Services.Organizations.Configurations;
using EventFly.Services.Organizations.Contracts;
using EventFly.Services.Outbox;
using EventFly.Services.Persistence;
using Microsoft.EntityFrameworkCore;

namespace EventFly.Services.Organizations;

internal sealed class InvitationService(OrganizationStore store, IProfileService accounts, InvitationTokens tokens, InvitationMails mails, TimeProvider time)
    : IInvitationService
{
    public static readonly TimeSpan InvitationValidity = TimeSpan.FromDays(7);

    public async Task<InvitationView> InviteAsync(Actor actor, Guid organizationId, string email, Guid roleId, string acceptUrlBase, CancellationToken cancellationToken)
    {
        var organization = await store.LoadForAsync(actor, organizationId, Permissions.StaffManage, cancellationToken);
        var existing = await accounts.FindAccountByEmailAsync(email, cancellationToken);
        var now = time.GetUtcNow();
        var invitation = organization.Invite(email, roleId, actor.UserId, existing?.Id, now, InvitationValidity);
        store.Data.Add(invitation);
        var role = organization.GetRole(roleId);
        await SendInvitationAsync(organization, invitation, role, actor, acceptUrlBase, cancellationToken);
        store.Audit(organizationId, actor, "invitation.sent", $"{invitation.Email} invited as '{role.Name}'");
        await store.Data.SaveChangesAsync(cancellationToken);
        return OrganizationStore.ToView(organization, invitation, now);
    }

    public async Task<IReadOnlyList<InvitationView>> ListAsync(Actor actor, Guid organizationId, CancellationToken cancellationToken)
    {
        var organization = await store.LoadForAsync(actor, organizationId, Permissions.StaffManage, cancellationToken, track: false);
        var now = time.GetUtcNow();
        return [.. organization.Invitations.OrderByDescending(i => i.CreatedAt).Select(i => OrganizationStore.ToView(organization, i, now))];
    }

    public async Task RevokeAsync(Actor actor, Guid organizationId, Guid invitationId, CancellationToken cancellationToken)
    {
        var organization = await store.LoadForAsync(actor, organizationId, Permissions.StaffManage, cancellationToken);
        organization.RevokeInvitation(invitationId);
        store.Audit(organizationId, actor, "invitation.revoked", $"Invitation of {organization.GetInvitation(invitationId).Email} revoked");
        await store.Data.SaveChangesAsync(cancellationToken);
    }

    public async Task<InvitationView> ResendAsync(Actor actor, Guid organizationId, Guid invitationId, string acceptUrlBase, CancellationToken cancellationToken)
    {
        var organization = await store.LoadForAsync(actor, organizationId, Permissions.StaffManage, cancellationToken);
        var now = time.GetUtcNow();
        var invitation = organization.RenewInvitation(invitationId, now, InvitationValidity);
        await SendInvitationAsync(organization, invitation, organization.GetRole(invitation.RoleId), actor, acceptUrlBase, cancellationToken);
        store.Audit(organizationId, actor, "invitation.resent", $"Invitation of {invitation.Email} resent");
        await store.Data.SaveChangesAsync(cancellationToken);
        return OrganizationStore.ToView(organization, invitation, now);
    }

    public async Task<InvitationPreview?> PreviewAsync(string token, CancellationToken cancellationToken)
    {
        if (tokens.Read(token) is not { } invitationId) return null;
        var organization = await store.Data.Organizations.AsNoTracking().Include(o => o.Roles).Include(o => o.Invitations)
            .SingleOrDefaultAsync(o => o.Invitations.Any(i => i.Id == invitationId), cancellationToken);
        if (organization is null) return null;
        var invitation = organization.GetInvitation(invitationId);
        return new InvitationPreview(organization.Id, organization.Name, organization.GetRole(invitation.RoleId).Name, invitation.Email,
            OrganizationStore.StateOf(invitation, time.GetUtcNow()));
    }

    public async Task<OrganizationMembership> AcceptAsync(Actor actor, string token, CancellationToken cancellationToken)
    {
        var invitationId = tokens.Read(token) ?? throw new NotFoundException(OrganizationErrors.InvalidInvitation, "This invitation link is not valid.");
        var organization = await store.Data.Organizations.Include(o => o.Roles).Include(o => o.Members).Include(o => o.Invitations)
            .SingleOrDefaultAsync(o => o.Invitations.Any(i => i.Id == invitationId), cancellationToken)
            ?? throw new NotFoundException(OrganizationErrors.InvalidInvitation, "This invitation link is not valid.");
        var account = (await accounts.GetAccountsAsync([actor.UserId], cancellationToken)).SingleOrDefault()
            ?? throw new NotFoundException(OrganizationErrors.UnknownUser, "Sign in to accept the invitation.");

        var membership = organization.AcceptInvitation(invitationId, actor.UserId, account.Email, time.GetUtcNow());
        store.Data.Add(membership);
        var role = organization.GetRole(membership.RoleId);
        store.Audit(organization.Id, actor, "invitation.accepted", $"{account.Email} joined as '{role.Name}'");
        try
        {
            await store.Data.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (ex.IsViolationOf(MembershipConfiguration.OneMembershipPerUser))
        {
            // The unique (organization, user) index: a concurrent accept got there first.
            throw new DomainException(OrganizationErrors.AlreadyMember, "You are already on this organization's staff.");
        }
        return OrganizationStore.ToMembership(organization, role);
    }

    private async Task SendInvitationAsync(Organization organization, Invitation invitation, OrganizationRole role, Actor actor, string acceptUrlBase, CancellationToken cancellationToken)
    {
        var email = await mails.ComposeAsync(organization, invitation, role, actor.UserId, acceptUrlBase, cancellationToken);
        store.Data.Add(EmailOutboxHandler.Message(email, time.GetUtcNow()));
    }
}
