using System.Text.Json;
using EventFly.Services.Events.Contracts;
using EventFly.Services.Identity.Contracts;
using EventFly.Services.Mail;
using EventFly.Services.Notifications.Contracts;
using EventFly.Services.Notifications.Mails;
using EventFly.Services.Outbox;
using Microsoft.Extensions.Options;

namespace EventFly.Services.Notifications;

/// <summary>Which of Notifications' e-mails to send to whom about which event.</summary>
/// <param name="Text">What the mail quotes (a pinned post's excerpt); null for the others.</param>
internal sealed record NotificationMail(NotificationMailKind Kind, Guid UserId, Guid EventId, string? Text = null);

internal enum NotificationMailKind
{
    Reminder24h,
    Reminder1h,
    FeedbackRequest,

    /// <summary>Transactional: the time or place of an event they hold tickets for moved.</summary>
    EventChanged,

    /// <summary>Opt-in: staff pinned a post in an event they hold tickets for.</summary>
    PostPinned,
}

/// <summary>
/// Notifications' e-mails. The notification row and a small <see cref="NotificationMail"/> are stored in one transaction;
/// the e-mail is composed when the outbox dispatches it (as Ticketing's mails are), in the recipient's language and the
/// event's time zone, with a one-click unsubscribe link (all but the transactional "event changed").
/// </summary>
internal sealed class NotificationMails(
    IProfileService accounts, IEventService events, UnsubscribeTokens tokens, MailRenderer renderer, IEmailSender sender, IOptions<EventFlyOptions> options)
    : IOutboxHandler
{
    public const string MessageType = "notifications.mail";

    public string Type => MessageType;

    private Uri PublicUrl => options.Value.PublicUrl;

    public static OutboxMessage Message(NotificationMail mail, DateTimeOffset now) => new(MessageType, JsonSerializer.Serialize(mail), now);

    public async Task HandleAsync(string payload, CancellationToken cancellationToken)
    {
        var mail = JsonSerializer.Deserialize<NotificationMail>(payload)!;
        if ((await accounts.GetAccountsAsync([mail.UserId], cancellationToken)).SingleOrDefault() is not { } person) return;
        var ev = await events.GetForTicketHoldersAsync(mail.EventId, cancellationToken);
        // Cancelled after the reminder was stored: Ticketing has told them; a reminder now would mislead.
        if (ev.Status == EventState.Cancelled) return;
        var email = await ComposeAsync(mail, person, ev, cancellationToken);
        await sender.SendAsync(email, cancellationToken);
    }

    private Task<EmailMessage> ComposeAsync(NotificationMail mail, AccountSummary person, EventView ev, CancellationToken cancellationToken)
    {
        var kind = mail.Kind;
        var name = person.DisplayName ?? person.Email;
        if (kind == NotificationMailKind.PostPinned)
            return renderer.RenderAsync<PostPinnedMail>(Envelope(person, ev, NotificationCategory.Posts), new Dictionary<string, object?>
            {
                [nameof(PostPinnedMail.Name)] = name,
                [nameof(PostPinnedMail.EventName)] = ev.Name,
                [nameof(PostPinnedMail.Excerpt)] = mail.Text ?? "",
                [nameof(PostPinnedMail.LiveUrl)] = Url(NotificationLinks.Live(ev.Id)),
            }, cancellationToken);
        if (kind == NotificationMailKind.EventChanged)
            return renderer.RenderAsync<EventChangedMail>(new MailEnvelope(person.Email, person.Language, ev.TimeZone), new Dictionary<string, object?>
            {
                [nameof(EventChangedMail.Name)] = name,
                [nameof(EventChangedMail.EventName)] = ev.Name,
                [nameof(EventChangedMail.StartsAt)] = ev.StartsAt,
                [nameof(EventChangedMail.Place)] = ev.Place,
                [nameof(EventChangedMail.EventUrl)] = Url(NotificationLinks.Event(ev.Id)),
            }, cancellationToken);
        if (kind == NotificationMailKind.FeedbackRequest)
            return renderer.RenderAsync<FeedbackRequestMail>(Envelope(person, ev, NotificationCategory.FeedbackRequests), new Dictionary<string, object?>
            {
                [nameof(FeedbackRequestMail.Name)] = name,
                [nameof(FeedbackRequestMail.EventName)] = ev.Name,
                [nameof(FeedbackRequestMail.FeedbackUrl)] = Url(NotificationLinks.Feedback(ev.Id)),
            }, cancellationToken);
        var oneHour = kind == NotificationMailKind.Reminder1h;
        return renderer.RenderAsync<ReminderMail>(Envelope(person, ev, NotificationCategory.Reminders), new Dictionary<string, object?>
        {
            [nameof(ReminderMail.Name)] = name,
            [nameof(ReminderMail.EventName)] = ev.Name,
            [nameof(ReminderMail.StartsAt)] = ev.StartsAt,
            [nameof(ReminderMail.OneHour)] = oneHour,
            [nameof(ReminderMail.Place)] = ev.Place,
            [nameof(ReminderMail.JoinUrl)] = oneHour && ev.IsOnline ? ev.OnlineUrl : null,
            [nameof(ReminderMail.EventUrl)] = Url(NotificationLinks.Event(ev.Id)),
        }, cancellationToken);
    }

    private MailEnvelope Envelope(AccountSummary person, EventView ev, NotificationCategory category) =>
        new(person.Email, person.Language, ev.TimeZone, Url($"/unsubscribe?token={Uri.EscapeDataString(tokens.Create(person.Id, category))}"));

    private string Url(string path) => new Uri(PublicUrl, path).ToString();
}

/// <summary>Paths in the participant app that notifications link to.</summary>
internal static class NotificationLinks
{
    public static string Event(Guid eventId) => $"/events/{eventId}";

    public static string Live(Guid eventId) => $"/events/{eventId}/live";

    /// <summary>Where a waitlist offer is claimed (the offer e-mail's link too).</summary>
    public static string ClaimOffer(Guid eventId, Guid entryId) => $"/events/{eventId}?claim={entryId}";

    public static string Feedback(Guid eventId) => $"/events/{eventId}/feedback";

    public static string Order(Guid orderId) => $"/orders/{orderId}";
}
