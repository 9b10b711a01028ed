namespace EventFly.Domain.Notifications;

/// <summary>Why someone was notified (mirrors the contract's <c>NotificationKind</c>; stored as its name).</summary>
public enum NotificationReason
{
    Reminder,
    EventChanged,
    EventCancelled,
    FeedbackRequest,
    PostPinned,
    TicketsIssued,
    OrderCancelled,
    WaitlistOffer,
    Invitation,
}

/// <summary>How a person wants one optional category: e-mail (and in the app), only in the app, or nothing.</summary>
public enum DeliveryChoice
{
    Email,
    InApp,
    Off,
}
