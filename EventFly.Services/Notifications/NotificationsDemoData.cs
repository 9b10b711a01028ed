using EventFly.Domain.Notifications;
using EventFly.Services.DemoData;
using EventFly.Services.Events.Contracts;
using EventFly.Services.Identity.Contracts;
using EventFly.Services.Mail;
using EventFly.Services.Notifications.Mails;
using EventFly.Services.Organizations.Contracts;

namespace EventFly.Services.Notifications;

/// <summary>
/// The demo participant's bell: a reminder for the meetup she holds a ticket to and a feedback request for the past
/// concert, in the app only (nobody is e-mailed). Their keys are the scheduler's, so it never sends them again;
/// seeding twice stores nothing new. Her ticket entries come from the order consumers as the outbox runs.
/// </summary>
internal sealed class NotificationsDemoData(
    IEventService events, IOrganizationService organizations, IProfileService accounts, NotificationWriter writer) : IDemoDataContributor
{
    public int Order => 70;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await accounts.FindAccountByEmailAsync(DemoAccounts.Participant.Email, cancellationToken) is not { } ada) return;
        var language = ada.Language;
        var found = await events.SearchAsync(new EventSearch("Meetup", null, null, null, null, null, null, "date", 1, 20), cancellationToken);
        if (found.Items.FirstOrDefault(e => e.Name == "Blazor & .NET Meetup") is { } meetup)
        {
            var when = new MailContext(language, meetup.TimeZone, null).DateTime(meetup.StartsAt);
            await writer.TryStoreAsync(new NotificationDraft(ada.Id, NotificationKeys.Reminder24h(meetup.Id, ada.Id), NotificationReason.Reminder, meetup.Id,
                NotificationTexts.Format("InAppReminderTitle", language, meetup.Name), NotificationTexts.Format("InAppReminderBody", language, when),
                NotificationLinks.Event(meetup.Id), InApp: true, Mail: null), cancellationToken);
        }

        var otto = await accounts.ActorOfAsync(DemoAccounts.Organizer, cancellationToken);
        if (await events.PastDemoEventAsync(organizations, otto, cancellationToken) is { } concert)
            await writer.TryStoreAsync(new NotificationDraft(ada.Id, NotificationKeys.FeedbackRequest(concert.Id, ada.Id), NotificationReason.FeedbackRequest,
                concert.Id, NotificationTexts.Format("InAppFeedbackTitle", language, concert.Name), NotificationTexts.Format("InAppFeedbackBody", language),
                NotificationLinks.Feedback(concert.Id), InApp: true, Mail: null), cancellationToken);
    }
}
