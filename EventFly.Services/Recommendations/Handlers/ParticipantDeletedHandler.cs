using EventFly.Services.Identity.Contracts;
using EventFly.Services.Outbox;
using EventFly.Services.Recommendations.Persistence;
using Microsoft.EntityFrameworkCore;

namespace EventFly.Services.Recommendations.Handlers;

/// <summary>
/// A deleted account's interaction log is deleted (ADR 0030); the next trained model no longer knows the person, and
/// the current one only holds anonymous factors for an id that no one signs in as. Safe to run twice.
/// </summary>
internal sealed class ParticipantDeletedHandler(RecommendationsData db) : IntegrationEventHandler<ParticipantDeletedV1>
{
    protected override async Task HandleAsync(ParticipantDeletedV1 deleted, CancellationToken cancellationToken) =>
        await db.Interactions.Where(i => i.UserId == deleted.UserId).ExecuteDeleteAsync(cancellationToken);
}
