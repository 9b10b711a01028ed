using EventFly.Services.Identity.Contracts;
using EventFly.Services.Notifications.Persistence;
using EventFly.Services.Outbox;
using Microsoft.EntityFrameworkCore;

namespace EventFly.Services.Notifications.Handlers;

/// <summary>A deleted account's notifications and preferences are deleted (ADR 0030). Safe to run twice.</summary>
internal sealed class ParticipantDeletedNotificationHandler(NotificationsData db) : IntegrationEventHandler<ParticipantDeletedV1>
{
    protected override async Task HandleAsync(ParticipantDeletedV1 deleted, CancellationToken cancellationToken)
    {
        await db.Notifications.Where(n => n.UserId == deleted.UserId).ExecuteDeleteAsync(cancellationToken);
        await db.Settings.Where(s => s.UserId == deleted.UserId).ExecuteDeleteAsync(cancellationToken);
    }
}
