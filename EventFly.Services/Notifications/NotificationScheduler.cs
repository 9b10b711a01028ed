using EventFly.Domain.Notifications;
using EventFly.Services.Events.Contracts;
using EventFly.Services.Hosting;
using EventFly.Services.Identity.Contracts;
using EventFly.Services.Mail;
using EventFly.Services.Notifications.Contracts;
using EventFly.Services.Notifications.Mails;
using EventFly.Services.Ticketing.Contracts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace EventFly.Services.Notifications;

/// <summary>
/// Sends what is due by the clock: reminders 24 hours and (online events) 1 hour before the start, feedback requests
/// after the end. Each kind has a window (ADR 0019); a run sends every due notification not yet stored, so a run after
/// downtime catches up while the window is open, and nothing is sent once it has closed. Safe in several containers at
/// once: the notifications' unique keys are the claims.
/// </summary>
internal sealed class NotificationScheduler(
    IEventService events, ITicketHolders holders, IProfileService accounts, NotificationPreferencesService preferences, NotificationWriter writer,
    TimeProvider time)
{
    public static readonly TimeSpan Reminder24hOpens = TimeSpan.FromHours(24);
    public static readonly TimeSpan Reminder24hCloses = TimeSpan.FromHours(2);
    public static readonly TimeSpan Reminder1hOpens = TimeSpan.FromHours(1);
    public static readonly TimeSpan Reminder1hCloses = TimeSpan.FromMinutes(5);
    public static readonly TimeSpan FeedbackOpens = TimeSpan.FromHours(1);
    public static readonly TimeSpan FeedbackCloses = TimeSpan.FromDays(7);

    /// <returns>How many notifications this run stored.</returns>
    public async Task<int> RunDueAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var sent = 0;
        // start−24h ≤ now < start−2h  ⇔  now+2h < start ≤ now+24h
        foreach (var ev in await events.ListPublishedStartingAsync(now + Reminder24hCloses, now + Reminder24hOpens, cancellationToken))
            sent += await RemindAsync(ev, NotificationMailKind.Reminder24h, cancellationToken);
        foreach (var ev in await events.ListPublishedStartingAsync(now + Reminder1hCloses, now + Reminder1hOpens, cancellationToken))
            if ((await events.GetForTicketHoldersAsync(ev.Id, cancellationToken)).IsOnline)
                sent += await RemindAsync(ev, NotificationMailKind.Reminder1h, cancellationToken);
        // end+1h ≤ now < end+7d  ⇔  now−7d < end ≤ now−1h
        foreach (var ev in await events.ListPublishedEndingAsync(now - FeedbackCloses, now - FeedbackOpens, cancellationToken))
            sent += await RequestFeedbackAsync(ev, cancellationToken);
        return sent;
    }

    private async Task<int> RemindAsync(EventSummary ev, NotificationMailKind kind, CancellationToken cancellationToken)
    {
        var recipients = (await holders.ListHoldersAsync(ev.Id, cancellationToken)).Select(h => h.UserId).ToList();
        return await NotifyAsync(ev, recipients, kind, cancellationToken);
    }

    /// <summary>To those checked in; when nobody was (the event used no check-in), to every holder.</summary>
    private async Task<int> RequestFeedbackAsync(EventSummary ev, CancellationToken cancellationToken)
    {
        var all = await holders.ListHoldersAsync(ev.Id, cancellationToken);
        var checkedIn = all.Where(h => h.CheckedIn).ToList();
        var recipients = (checkedIn.Count > 0 ? checkedIn : all).Select(h => h.UserId).ToList();
        return await NotifyAsync(ev, recipients, NotificationMailKind.FeedbackRequest, cancellationToken);
    }

    private async Task<int> NotifyAsync(EventSummary ev, IReadOnlyList<Guid> recipients, NotificationMailKind kind, CancellationToken cancellationToken)
    {
        var keys = recipients.ToDictionary(id => id, id => KeyOf(kind, ev.Id, id));
        var existing = await writer.ExistingAsync(keys.Values, cancellationToken);
        var due = recipients.Where(id => !existing.Contains(keys[id])).ToList();
        if (due.Count == 0) return 0;
        var choices = await preferences.ForManyAsync(due, cancellationToken);
        var people = (await accounts.GetAccountsAsync(due, cancellationToken)).ToDictionary(a => a.Id);
        var stored = 0;
        foreach (var userId in due)
        {
            var preference = choices[userId];
            var channel = kind == NotificationMailKind.FeedbackRequest ? preference.FeedbackRequests : preference.Reminders;
            if (channel == NotificationChannel.Off || !people.TryGetValue(userId, out var person)) continue;
            var draft = Draft(kind, ev, person, keys[userId], channel == NotificationChannel.Email ? new NotificationMail(kind, userId, ev.Id) : null);
            if (await writer.TryStoreAsync(draft, cancellationToken)) stored++;
        }
        return stored;
    }

    private static NotificationDraft Draft(NotificationMailKind kind, EventSummary ev, AccountSummary person, string key, NotificationMail? mail)
    {
        var language = person.Language;
        if (kind == NotificationMailKind.FeedbackRequest)
            return new NotificationDraft(person.Id, key, NotificationReason.FeedbackRequest, ev.Id,
                NotificationTexts.Format("InAppFeedbackTitle", language, ev.Name), NotificationTexts.Format("InAppFeedbackBody", language),
                NotificationLinks.Feedback(ev.Id), InApp: true, mail);
        var when = new MailContext(language, ev.TimeZone, null).DateTime(ev.StartsAt);
        return new NotificationDraft(person.Id, key, NotificationReason.Reminder, ev.Id,
            NotificationTexts.Format("InAppReminderTitle", language, ev.Name), NotificationTexts.Format("InAppReminderBody", language, when),
            NotificationLinks.Event(ev.Id), InApp: true, mail);
    }

    private static string KeyOf(NotificationMailKind kind, Guid eventId, Guid userId) => kind switch
    {
        NotificationMailKind.Reminder24h => NotificationKeys.Reminder24h(eventId, userId),
        NotificationMailKind.Reminder1h => NotificationKeys.Reminder1h(eventId, userId),
        _ => NotificationKeys.FeedbackRequest(eventId, userId),
    };
}

/// <summary>Runs the notification scheduler every minute in every container (tests call the scheduler directly).</summary>
internal sealed partial class NotificationSchedulerBackgroundService(
    IServiceScopeFactory scopes, TimeProvider time, ILogger<NotificationSchedulerBackgroundService> logger)
    : RecurringJob(scopes, time, logger)
{
    private DateTimeOffset? _lastRun;

    protected override TimeSpan Interval => TimeSpan.FromMinutes(1);

    protected override async Task RunOnceAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        // After downtime, a run catches up what is still inside its window; what closed meanwhile is skipped (a
        // "tomorrow" reminder an hour before the start would mislead): the gap is logged.
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        if (_lastRun is { } last && now - last > 5 * Interval) LogGap(logger, last, now);
        _lastRun = now;
        await services.GetRequiredService<NotificationScheduler>().RunDueAsync(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Notification scheduler did not run from {LastRun} to {Now}; notifications whose window closed meanwhile were skipped")]
    private static partial void LogGap(ILogger logger, DateTimeOffset lastRun, DateTimeOffset now);
}
