namespace EventFly.Domain.Notifications;

/// <summary>A person's choices for the optional categories; no row means the defaults.</summary>
public sealed class NotificationSettings
{
    private NotificationSettings()
    {
    }

    public NotificationSettings(Guid userId, DeliveryChoice reminders, DeliveryChoice posts, DeliveryChoice feedbackRequests)
    {
        UserId = userId;
        Reminders = reminders;
        Posts = posts;
        FeedbackRequests = feedbackRequests;
    }

    public Guid UserId { get; private set; }

    public DeliveryChoice Reminders { get; private set; }

    public DeliveryChoice Posts { get; private set; }

    public DeliveryChoice FeedbackRequests { get; private set; }

    public void Change(DeliveryChoice reminders, DeliveryChoice posts, DeliveryChoice feedbackRequests)
    {
        Reminders = reminders;
        Posts = posts;
        FeedbackRequests = feedbackRequests;
    }
}
