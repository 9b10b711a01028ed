using EventFly.Services.Identity.Contracts;
using EventFly.Services.Organizations.Persistence;
using EventFly.Services.Outbox;
using Microsoft.EntityFrameworkCore;

namespace EventFly.Services.Organizations.Handlers;

/// <summary>
/// A deleted account leaves every staff it was on (the Privacy context refused the deletion while it was an
/// organization's only owner). Safe to run twice.
/// </summary>
internal sealed class ParticipantDeletedHandler(OrganizationsData db) : IntegrationEventHandler<ParticipantDeletedV1>
{
    protected override async Task HandleAsync(ParticipantDeletedV1 deleted, CancellationToken cancellationToken) =>
        await db.Memberships.Where(m => m.UserId == deleted.UserId).ExecuteDeleteAsync(cancellationToken);
}
