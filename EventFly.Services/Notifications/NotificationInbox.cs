using EventFly.Domain.Common;
using EventFly.Domain.Notifications;
using EventFly.Services.Common;
using EventFly.Services.Notifications.Contracts;
using EventFly.Services.Notifications.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace EventFly.Services.Notifications;

internal sealed partial class NotificationInbox(NotificationsData db, INotificationPublisher publisher, TimeProvider time, ILogger<NotificationInbox> logger)
    : INotificationInbox
{
    public const int MaxPageSize = 100;

    public async Task<NotificationList> ListAsync(Actor actor, int page, int pageSize, CancellationToken cancellationToken)
    {
        var userId = SignedIn(actor);
        page = Math.Max(page, 1);
        pageSize = Math.Clamp(pageSize, 1, MaxPageSize);
        var mine = Of(userId);
        var total = await mine.CountAsync(cancellationToken);
        var unread = await UnreadAsync(userId, cancellationToken);
        var items = await mine.OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id)
            .Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        return new NotificationList([.. items.Select(ToView)], total, unread);
    }

    public async Task<int> MarkReadAsync(Actor actor, IReadOnlyCollection<Guid>? ids, bool all, CancellationToken cancellationToken)
    {
        var userId = SignedIn(actor);
        var now = time.GetUtcNow();
        var unreadOfMine = Of(userId).Where(n => n.ReadAt == null);
        if (!all)
        {
            var wanted = ids?.Distinct().ToList() ?? [];
            unreadOfMine = unreadOfMine.Where(n => wanted.Contains(n.Id));
        }
        // Others' ids simply match nothing: whether they exist is not revealed.
        foreach (var n in await unreadOfMine.ToListAsync(cancellationToken)) n.MarkRead(now);
        await db.SaveChangesAsync(cancellationToken);
        var unread = await UnreadAsync(userId, cancellationToken);
        try
        {
            await publisher.UnreadChangedAsync(userId, unread, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogPushFailed(logger, ex, userId);
        }
        return unread;
    }

    public Task<int> UnreadAsync(Guid userId, CancellationToken cancellationToken) =>
        Of(userId).CountAsync(n => n.ReadAt == null, cancellationToken);

    public static NotificationView ToView(Notification n) =>
        new(n.Id, Enum.Parse<NotificationKind>(n.Reason.ToString()), n.Title, n.Body, n.Link, n.CreatedAt, n.ReadAt);

    /// <summary>Notifications are a person's own: no one else, admins included, reads them through this facade.</summary>
    public static Guid SignedIn(Actor actor) =>
        actor.IsSignedIn ? actor.UserId : throw new ForbiddenException(NotificationErrors.SignInRequired, "Sign in to see your notifications.");

    private IQueryable<Notification> Of(Guid userId) => db.Notifications.Where(n => n.UserId == userId && n.InApp);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Pushing the unread count to {UserId} failed; the apps reload it")]
    private static partial void LogPushFailed(ILogger logger, Exception exception, Guid userId);
}
