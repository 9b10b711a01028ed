namespace EventFly.Domain.Notifications;

/// <summary>Every code the Notifications context raises; the web layer sends it as the ProblemDetails <c>code</c>.</summary>
public static class NotificationErrors
{
    /// <summary>An unsubscribe link that is forged, altered or expired (400; nothing changes).</summary>
    public const string InvalidUnsubscribeToken = "invalid_unsubscribe_token";

    /// <summary>Notifications and preferences are one's own: an anonymous caller has none (403).</summary>
    public const string SignInRequired = "sign_in_required";
}
