namespace EventFly.Services.Notifications.Contracts;

/// <summary>Why someone was notified; one kind per template (e-mail and in-app).</summary>
public enum NotificationKind
{
    /// <summary>The event starts in 24 hours (or in 1 hour, for online events: with the join link).</summary>
    Reminder,

    /// <summary>The event's time or place changed.</summary>
    EventChanged,

    EventCancelled,

    /// <summary>Asked, after the event, how it was.</summary>
    FeedbackRequest,

    /// <summary>The organizer pinned a post in the event's feed (opt-in).</summary>
    PostPinned,

    /// <summary>An order was confirmed: its tickets (and receipt) were e-mailed.</summary>
    TicketsIssued,

    OrderCancelled,

    /// <summary>Seats from the waitlist are held for the person.</summary>
    WaitlistOffer,

    /// <summary>An invitation to join an organization's team.</summary>
    Invitation,
}

/// <summary>How a person wants one category of optional notifications: by e-mail (and in the app), only in the app, or not at all.</summary>
public enum NotificationChannel
{
    Email,
    InApp,
    Off,
}

/// <summary>An in-app notification as its recipient sees it; <see cref="Link"/> is a path in the participant app.</summary>
public sealed record NotificationView(
    Guid Id, NotificationKind Kind, string Title, string Body, string? Link, DateTimeOffset CreatedAt, DateTimeOffset? ReadAt);

/// <summary>A page of someone's in-app notifications, newest first, with their total and unread counts.</summary>
public sealed record NotificationList(IReadOnlyList<NotificationView> Items, int Total, int Unread);

/// <summary>
/// The optional categories and how the person wants each. Transactional notifications (tickets, receipts, cancellations,
/// changes of time or place, waitlist offers, invitations) always go, by e-mail and in the app.
/// </summary>
public sealed record NotificationPreferences(NotificationChannel Reminders, NotificationChannel Posts, NotificationChannel FeedbackRequests)
{
    /// <summary>Reminders and feedback requests by e-mail, pinned posts off (they are opt-in).</summary>
    public static NotificationPreferences Default { get; } = new(NotificationChannel.Email, NotificationChannel.Off, NotificationChannel.Email);
}
