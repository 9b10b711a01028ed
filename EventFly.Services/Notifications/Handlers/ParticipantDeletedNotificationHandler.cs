using EventFly.Domain.Notifications;
using EventFly.Services.Identity.Contracts;
using EventFly.Services.Notifications.Persistence;
using EventFly.Services.Outbox;
using Microsoft.EntityFrameworkCore;

namespace EventFly.Services.Notifications.Handlers;

/// <summary>
/// A deleted account's notifications are deleted and its choices become "off" for every optional category (ADR 0030):
/// nobody can sign in to read them, so the tickets it kept get no reminders or feedback requests. Safe to run twice.
/// </summary>
internal sealed class ParticipantDeletedNotificationHandler(NotificationsData db) : IntegrationEventHandler<ParticipantDeletedV1>
{
    protected override async Task HandleAsync(ParticipantDeletedV1 deleted, CancellationToken cancellationToken)
    {
        await db.Notifications.Where(n => n.UserId == deleted.UserId).ExecuteDeleteAsync(cancellationToken);
        await db.Settings.Where(s => s.UserId == deleted.UserId).ExecuteDeleteAsync(cancellationToken);
        db.Settings.Add(new NotificationSettings(deleted.UserId, DeliveryChoice.Off, DeliveryChoice.Off, DeliveryChoice.Off));
        await db.SaveChangesAsync(cancellationToken);
    }
}
