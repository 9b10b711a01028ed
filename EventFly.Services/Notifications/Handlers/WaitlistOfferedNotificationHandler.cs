using EventFly.Domain.Notifications;
using EventFly.Services.Events.Contracts;
using EventFly.Services.Identity.Contracts;
using EventFly.Services.Mail;
using EventFly.Services.Notifications.Mails;
using EventFly.Services.Outbox;
using EventFly.Services.Ticketing.Contracts;

namespace EventFly.Services.Notifications.Handlers;

/// <summary>
/// The bell's entry for a waitlist offer, linking to where it is claimed. Ticketing mails the offer (transactional), so
/// this is in-app only; one per offer.
/// </summary>
internal sealed class WaitlistOfferedNotificationHandler(IEventService events, IProfileService accounts, NotificationWriter writer)
    : IntegrationEventHandler<WaitlistOfferedV1>
{
    protected override async Task HandleAsync(WaitlistOfferedV1 offered, CancellationToken cancellationToken)
    {
        if (await events.GetSummaryAsync(offered.EventId, cancellationToken) is not { } ev) return;
        if ((await accounts.GetAccountsAsync([offered.UserId], cancellationToken)).SingleOrDefault() is not { } person) return;
        var until = new MailContext(person.Language, ev.TimeZone, null).DateTime(offered.ExpiresAt);
        await writer.TryStoreAsync(new NotificationDraft(person.Id, NotificationKeys.WaitlistOffer(offered.EntryId), NotificationReason.WaitlistOffer, ev.Id,
            NotificationTexts.Format("InAppWaitlistTitle", person.Language, ev.Name), NotificationTexts.Format("InAppWaitlistBody", person.Language, until),
            NotificationLinks.ClaimOffer(ev.Id, offered.EntryId), InApp: true, Mail: null), cancellationToken);
    }
}
