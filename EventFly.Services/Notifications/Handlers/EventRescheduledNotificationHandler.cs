using EventFly.Domain.Notifications;
using EventFly.Services.Events.Contracts;
using EventFly.Services.Identity.Contracts;
using EventFly.Services.Mail;
using EventFly.Services.Notifications.Mails;
using EventFly.Services.Outbox;
using EventFly.Services.Ticketing.Contracts;

namespace EventFly.Services.Notifications.Handlers;

/// <summary>
/// Tells every ticket holder that an event's time or place moved: in the bell and by e-mail, always (it is about tickets
/// they hold, so not subject to preferences). One key per change and person: a redelivered change sends nothing twice,
/// a second change is news again.
/// </summary>
internal sealed class EventRescheduledNotificationHandler(IEventService events, ITicketHolders holders, IProfileService accounts, NotificationWriter writer)
    : IntegrationEventHandler<EventRescheduledV1>
{
    protected override async Task HandleAsync(EventRescheduledV1 changed, CancellationToken cancellationToken)
    {
        var ev = await events.GetForTicketHoldersAsync(changed.EventId, cancellationToken);
        if (ev.Status != EventState.Published) return;
        var people = await accounts.GetAccountsAsync([.. (await holders.ListHoldersAsync(ev.Id, cancellationToken)).Select(h => h.UserId)], cancellationToken);
        foreach (var person in people)
        {
            var when = new MailContext(person.Language, ev.TimeZone, null).DateTime(ev.StartsAt);
            await writer.TryStoreAsync(new NotificationDraft(person.Id, NotificationKeys.EventChanged(ev.Id, changed.ChangeId, person.Id),
                NotificationReason.EventChanged, ev.Id,
                NotificationTexts.Format("InAppEventChangedTitle", person.Language, ev.Name), NotificationTexts.Format("InAppEventChangedBody", person.Language, when),
                NotificationLinks.Event(ev.Id), InApp: true, new NotificationMail(NotificationMailKind.EventChanged, person.Id, ev.Id)), cancellationToken);
        }
    }
}
