using EventFly.Services.Common;

namespace EventFly.Services.Notifications.Contracts;

/// <summary>The caller's in-app notifications; nobody sees or marks another person's.</summary>
public interface INotificationInbox
{
    /// <summary>Newest first, with the total and the unread count.</summary>
    Task<NotificationList> ListAsync(Actor actor, int page, int pageSize, CancellationToken cancellationToken);

    /// <summary>Marks the caller's notifications with these ids (others' ids are ignored) or all of them read; returns the unread count after.</summary>
    Task<int> MarkReadAsync(Actor actor, IReadOnlyCollection<Guid>? ids, bool all, CancellationToken cancellationToken);
}

/// <summary>The optional categories a person can tune or unsubscribe from.</summary>
public enum NotificationCategory
{
    Reminders,
    Posts,
    FeedbackRequests,
}

/// <summary>The caller's notification preferences, and the one-click unsubscribe of e-mails (RFC 8058; no sign-in, a signed token).</summary>
public interface INotificationPreferencesService
{
    Task<NotificationPreferences> GetAsync(Actor actor, CancellationToken cancellationToken);

    Task<NotificationPreferences> SetAsync(Actor actor, NotificationPreferences preferences, CancellationToken cancellationToken);

    /// <summary>What the token would unsubscribe from, without changing anything; null when it is forged, altered or expired.</summary>
    UnsubscribeRequest? ReadUnsubscribeToken(string token);

    /// <summary>Sets the token's category to in-app only; repeating it is harmless. A bad token throws DomainException <c>invalid_unsubscribe_token</c>.</summary>
    Task<UnsubscribeRequest> UnsubscribeAsync(string token, CancellationToken cancellationToken);
}

/// <summary>Whose e-mails of which category an unsubscribe link stops.</summary>
public sealed record UnsubscribeRequest(Guid UserId, NotificationCategory Category);
