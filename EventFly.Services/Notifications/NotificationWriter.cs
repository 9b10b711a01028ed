using EventFly.Domain.Notifications;
using EventFly.Services.Notifications.Configurations;
using EventFly.Services.Notifications.Contracts;
using EventFly.Services.Notifications.Persistence;
using EventFly.Services.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace EventFly.Services.Notifications;

/// <summary>A notification to store, and the e-mail to send with it (null: in-app only).</summary>
internal sealed record NotificationDraft(
    Guid UserId, string Key, NotificationReason Reason, Guid? EventId, string Title, string Body, string? Link, bool InApp, NotificationMail? Mail);

/// <summary>
/// Stores notifications exactly once: the row (with its unique key) and its e-mail's outbox message are saved in one
/// transaction; a second attempt with the same key fails on the key's unique index and sends nothing. After the commit,
/// an in-app one is pushed to the recipient's open apps (a failed push is logged, never failing the write).
/// </summary>
internal sealed partial class NotificationWriter(
    NotificationsData db, NotificationInbox inbox, INotificationPublisher publisher, TimeProvider time, ILogger<NotificationWriter> logger)
{
    /// <returns>True when stored now; false when a notification with its key already existed.</returns>
    public async Task<bool> TryStoreAsync(NotificationDraft draft, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var notification = Notification.Create(
            draft.UserId, draft.Key, draft.Reason, draft.EventId, draft.Title, draft.Body, draft.Link, draft.InApp, draft.Mail is not null, now);
        db.Add(notification);
        if (draft.Mail is { } mail) db.Outbox.Add(NotificationMails.Message(mail, now));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (ex.IsViolationOf(NotificationConfiguration.KeyIndex))
        {
            LogAlreadySent(logger, draft.Key);
            return false;
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
        if (draft.InApp) await PushAsync(notification, cancellationToken);
        return true;
    }

    /// <summary>The keys of these already stored (so a run skips them without provoking the unique index).</summary>
    public async Task<HashSet<string>> ExistingAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken) =>
        [.. await db.Notifications.AsNoTracking().Where(n => keys.Contains(n.Key)).Select(n => n.Key).ToListAsync(cancellationToken)];

    private async Task PushAsync(Notification notification, CancellationToken cancellationToken)
    {
        try
        {
            var unread = await inbox.UnreadAsync(notification.UserId, cancellationToken);
            await publisher.NotificationReceivedAsync(notification.UserId, NotificationInbox.ToView(notification), unread, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogPushFailed(logger, ex, notification.UserId);
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Notification {Key} was already sent; nothing sent again")]
    private static partial void LogAlreadySent(ILogger logger, string key);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Pushing a notification to {UserId} failed; the apps reload the list")]
    private static partial void LogPushFailed(ILogger logger, Exception exception, Guid userId);
}
