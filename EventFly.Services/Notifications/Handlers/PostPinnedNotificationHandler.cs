using EventFly.Domain.Notifications;
using EventFly.Services.Engagement.Contracts;
using EventFly.Services.Events.Contracts;
using EventFly.Services.Identity.Contracts;
using EventFly.Services.Notifications.Contracts;
using EventFly.Services.Notifications.Mails;
using EventFly.Services.Outbox;
using EventFly.Services.Ticketing.Contracts;

namespace EventFly.Services.Notifications.Handlers;

/// <summary>
/// A pinned post, to the ticket holders who asked for posts (opt-in: off by default): in the bell, and by e-mail with an
/// unsubscribe link when they chose e-mail. One key per post and person, so a re-pin or a redelivery sends nothing twice.
/// </summary>
internal sealed class PostPinnedNotificationHandler(
    IEventService events, ITicketHolders holders, IProfileService accounts, NotificationPreferencesService preferences, NotificationWriter writer)
    : IntegrationEventHandler<PostPinnedV1>
{
    protected override async Task HandleAsync(PostPinnedV1 pinned, CancellationToken cancellationToken)
    {
        if (await events.GetSummaryAsync(pinned.EventId, cancellationToken) is not { Status: EventState.Published or EventState.Ended } ev) return;
        var holderIds = (await holders.ListHoldersAsync(ev.Id, cancellationToken)).Select(h => h.UserId).ToList();
        var choices = await preferences.ForManyAsync(holderIds, cancellationToken);
        var people = await accounts.GetAccountsAsync([.. holderIds.Where(id => choices[id].Posts != NotificationChannel.Off)], cancellationToken);
        foreach (var person in people)
        {
            var mail = choices[person.Id].Posts == NotificationChannel.Email
                ? new NotificationMail(NotificationMailKind.PostPinned, person.Id, ev.Id, pinned.Excerpt)
                : null;
            await writer.TryStoreAsync(new NotificationDraft(person.Id, NotificationKeys.PostPinned(pinned.PostId, person.Id), NotificationReason.PostPinned, ev.Id,
                NotificationTexts.Format("InAppPostPinnedTitle", person.Language, ev.Name), pinned.Excerpt, NotificationLinks.Live(ev.Id), InApp: true, mail),
                cancellationToken);
        }
    }
}
