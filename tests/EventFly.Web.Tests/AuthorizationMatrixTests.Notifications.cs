namespace EventFly.Web.Tests;

/// <summary>The matrix's rows for Notifications: one's own inbox and preferences; the unsubscribe link needs no sign-in.</summary>
public sealed partial class AuthorizationMatrixTests
{
    private static IEnumerable<Row> NotificationRows()
    {
        yield return new("GET /api/me/notifications", SignedIn);
        yield return new("POST /api/me/notifications/read", SignedIn) { Body = _ => Json(new { all = true }) };
        yield return new("GET /api/me/notification-preferences", SignedIn);
        yield return new("PUT /api/me/notification-preferences", SignedIn)
        {
            Body = _ => Json(new { reminders = "email", posts = "off", feedbackRequests = "email" }),
        };
        // The signed token is the only authority: without a valid one everybody is refused alike, signed in or not.
        // (The page and form post at /unsubscribe are outside /api/; NotificationEndpointTests covers them.)
        yield return new("POST /api/unsubscribe", Fixed("400"));
    }
}
