using EventFly.Services.Identity.Contracts;
using EventFly.Services.Organizations.Persistence;
using EventFly.Services.Outbox;
using Microsoft.EntityFrameworkCore;

namespace EventFly.Services.Organizations.Handlers;

/// <summary>
/// A deleted account leaves every staff it was on (the Privacy context refused the deletion while it was an
/// organization's only owner), and its address leaves the team's records: the invitations it accepted (which name the
/// address it had) and the audit lines that name that address show <see cref="AppUser.DeletedDisplayName"/> instead.
/// Safe to run twice.
/// </summary>
internal sealed class ParticipantDeletedHandler(OrganizationsData db) : IntegrationEventHandler<ParticipantDeletedV1>
{
    protected override async Task HandleAsync(ParticipantDeletedV1 deleted, CancellationToken cancellationToken)
    {
        await db.Memberships.Where(m => m.UserId == deleted.UserId).ExecuteDeleteAsync(cancellationToken);

        var accepted = db.Invitations.Where(i => i.AcceptedBy == deleted.UserId && i.Email != AppUser.DeletedDisplayName);
        foreach (var address in await accepted.Select(i => i.Email).Distinct().ToListAsync(cancellationToken))
            await db.AuditEntries.Where(a => a.Details.Contains(address))
                .ExecuteUpdateAsync(s => s.SetProperty(a => a.Details, a => a.Details.Replace(address, AppUser.DeletedDisplayName)), cancellationToken);
        await accepted.ExecuteUpdateAsync(s => s.SetProperty(i => i.Email, AppUser.DeletedDisplayName), cancellationToken);
    }
}
