namespace EventFly.Domain.Notifications;

/// <summary>
/// The unique key of a notification: one per recipient and reason. Storing a second notification with the same key fails
/// on a unique index, so a retried job, a second scheduler or a redelivered event sends nothing twice.
/// </summary>
public static class NotificationKeys
{
    public const int MaxLength = 200;

    public static string Reminder24h(Guid eventId, Guid userId) => $"reminder-24h:{eventId:N}:{userId:N}";

    public static string Reminder1h(Guid eventId, Guid userId) => $"reminder-1h:{eventId:N}:{userId:N}";

    public static string FeedbackRequest(Guid eventId, Guid userId) => $"feedback-request:{eventId:N}:{userId:N}";

    public static string EventChanged(Guid eventId, Guid changeId, Guid userId) => $"event-changed:{eventId:N}:{changeId:N}:{userId:N}";

    public static string EventCancelled(Guid eventId, Guid userId) => $"event-cancelled:{eventId:N}:{userId:N}";

    public static string TicketsIssued(Guid orderId) => $"tickets-issued:{orderId:N}";

    public static string OrderCancelled(Guid orderId) => $"order-cancelled:{orderId:N}";

    public static string PostPinned(Guid postId, Guid userId) => $"post-pinned:{postId:N}:{userId:N}";

    public static string WaitlistOffer(Guid entryId) => $"waitlist-offer:{entryId:N}";
}
