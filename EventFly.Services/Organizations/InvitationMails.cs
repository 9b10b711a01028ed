using EventFly.Domain.Organizations;
using EventFly.Services.Identity.Contracts;
using EventFly.Services.Mail;
using EventFly.Services.Organizations.Mails;

namespace EventFly.Services.Organizations;

/// <summary>
/// Composes the invitation e-mail, in the invitee's language when the address has an account (English otherwise);
/// the caller puts it in the outbox with the invitation.
/// </summary>
internal sealed class InvitationMails(IProfileService accounts, InvitationTokens tokens, MailRenderer renderer)
{
    public async Task<EmailMessage> ComposeAsync(
        Organization organization, Invitation invitation, OrganizationRole role, Guid inviterId, string acceptUrlBase, CancellationToken cancellationToken)
    {
        var inviter = (await accounts.GetAccountsAsync([inviterId], cancellationToken)).SingleOrDefault();
        var invitee = await accounts.FindAccountByEmailAsync(invitation.Email, cancellationToken);
        return await renderer.RenderAsync<InvitationMail>(new MailEnvelope(invitation.Email, invitee?.Language), new Dictionary<string, object?>
        {
            [nameof(InvitationMail.InviterName)] = inviter?.DisplayName ?? inviter?.Email,
            [nameof(InvitationMail.OrganizationName)] = organization.Name,
            [nameof(InvitationMail.RoleName)] = role.Name,
            [nameof(InvitationMail.AcceptUrl)] = acceptUrlBase + Uri.EscapeDataString(tokens.Create(invitation.Id, invitation.ExpiresAt)),
            [nameof(InvitationMail.ExpiresAt)] = invitation.ExpiresAt,
            [nameof(InvitationMail.Email)] = invitation.Email,
        }, cancellationToken);
    }
}
