using System.Net;
using EventFly.Client.Contracts;
using EventFly.Domain.Notifications;
using EventFly.Services.Notifications.Contracts;
using EventFly.Web.Identity;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using ContractChannel = EventFly.Services.Notifications.Contracts.NotificationChannel;

namespace EventFly.Web.Endpoints;

/// <summary>
/// The caller's in-app notifications and preferences, and the one-click unsubscribe of e-mails (RFC 8058), which works
/// without signing in: the signed token in the link is the authority. GET /unsubscribe only shows what a confirm would do
/// (mail scanners follow GET links).
/// </summary>
internal static class NotificationEndpoints
{
    public static IEndpointRouteBuilder MapNotificationEndpoints(this IEndpointRouteBuilder app)
    {
        var me = app.MapGroup("/api/me").WithTags("Notifications").RequireAuthorization();
        me.MapGet("/notifications", async ([AsParameters] NotificationQuery query, HttpContext http, INotificationInbox inbox, CancellationToken ct) =>
            {
                var list = await inbox.ListAsync(http.User.ToActor(), query.Page ?? 1, query.PageSize ?? PagedQuery.DefaultPageSize, ct);
                return TypedResults.Ok(new NotificationListDto([.. list.Items.Select(ToDto)], list.Total, list.Unread));
            });
        me.MapPost("/notifications/read", async (MarkNotificationsReadRequest body, HttpContext http, INotificationInbox inbox, CancellationToken ct) =>
            {
                await inbox.MarkReadAsync(http.User.ToActor(), body.Ids, body.All, ct);
                return TypedResults.NoContent();
            });
        me.MapGet("/notification-preferences", async (HttpContext http, INotificationPreferencesService preferences, CancellationToken ct) =>
            TypedResults.Ok(ToDto(await preferences.GetAsync(http.User.ToActor(), ct))));
        me.MapPut("/notification-preferences", async (NotificationPreferencesDto body, HttpContext http, INotificationPreferencesService preferences,
                CancellationToken ct) =>
            {
                return TypedResults.Ok(ToDto(await preferences.SetAsync(http.User.ToActor(), FromDto(body), ct)));
            });

        // POST /api/unsubscribe is the API's form (JSON answer). The mails' link and List-Unsubscribe header point at
        // /unsubscribe: a person clicking it GETs a page that only asks (mail scanners follow GET links); the mail
        // client's one-click POST (RFC 8058, "List-Unsubscribe=One-Click" form-encoded, not needed to act, so not bound
        // and no antiforgery token asked of it) and the page's button POST to the same URL.
        app.MapPost("/api/unsubscribe", async Task<Results<Ok<UnsubscribeResponse>, ProblemHttpResult>> (
                [FromQuery] string? token, INotificationPreferencesService preferences, CancellationToken ct) =>
            {
                if (await TryUnsubscribeAsync(token, preferences, ct) is not { } done) return InvalidToken();
                return TypedResults.Ok(new UnsubscribeResponse(CategoryName(done.Category), "inApp"));
            })
            .WithTags("Notifications").AllowAnonymous().DisableAntiforgery();
        app.MapGet("/unsubscribe", ([FromQuery] string? token, INotificationPreferencesService preferences) =>
                Page(StatusCodes.Status200OK, ConfirmBody(token, token is null ? null : preferences.ReadUnsubscribeToken(token))))
            .WithTags("Notifications").AllowAnonymous().ExcludeFromDescription();
        app.MapPost("/unsubscribe", async ([FromQuery] string? token, INotificationPreferencesService preferences, CancellationToken ct) =>
                await TryUnsubscribeAsync(token, preferences, ct) is { } done
                    ? Page(StatusCodes.Status200OK,
                        $"<p>Done: no more e-mails about <strong>{WebUtility.HtmlEncode(CategoryText(done.Category))}</strong>. You will still see them in the app.</p>")
                    : Page(StatusCodes.Status400BadRequest, InvalidBody))
            .WithTags("Notifications").AllowAnonymous().DisableAntiforgery().ExcludeFromDescription();
        return app;
    }

    private static ProblemHttpResult InvalidToken() => TypedResults.Problem(
        statusCode: StatusCodes.Status400BadRequest, title: "The unsubscribe link is invalid or expired.",
        detail: "Change your notification settings in the app instead.",
        extensions: new Dictionary<string, object?> { ["code"] = NotificationErrors.InvalidUnsubscribeToken });

    /// <summary>Null (nothing changed) when the token is missing, forged, altered or expired.</summary>
    private static async Task<UnsubscribeRequest?> TryUnsubscribeAsync(string? token, INotificationPreferencesService preferences, CancellationToken ct) =>
        token is null || preferences.ReadUnsubscribeToken(token) is null ? null : await preferences.UnsubscribeAsync(token, ct);

    private const string InvalidBody =
        "<p>This unsubscribe link is invalid or has expired. You can change your notification settings in the app.</p>";

    private static string ConfirmBody(string? token, UnsubscribeRequest? request) => request is null || token is null
        ? InvalidBody
        : $"""
           <p>Stop e-mails about <strong>{WebUtility.HtmlEncode(CategoryText(request.Category))}</strong>? You will still see them in the app.</p>
           <form method="post" action="/unsubscribe?token={WebUtility.HtmlEncode(Uri.EscapeDataString(token))}">
             <input type="hidden" name="List-Unsubscribe" value="One-Click" />
             <button type="submit">Unsubscribe</button>
           </form>
           """;

    private static ContentHttpResult Page(int status, string body) => TypedResults.Content($"""
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>Unsubscribe – EventFly</title></head>
        <body style="font-family:sans-serif;max-width:480px;margin:48px auto;padding:0 16px"><h1>EventFly e-mails</h1>{body}</body></html>
        """, "text/html; charset=utf-8", statusCode: status);

    private static string CategoryText(NotificationCategory category) => category switch
    {
        NotificationCategory.Reminders => "event reminders",
        NotificationCategory.Posts => "pinned posts",
        _ => "feedback requests",
    };

    private static string CategoryName(NotificationCategory category) => category switch
    {
        NotificationCategory.Reminders => "reminders",
        NotificationCategory.Posts => "posts",
        _ => "feedbackRequests",
    };

    internal static NotificationDto ToDto(NotificationView n) =>
        new(n.Id, n.Kind.ToApi<EventFly.Client.Contracts.NotificationKind>(), n.Title, n.Body, n.Link, n.CreatedAt, n.ReadAt);

    internal static NotificationPreferencesDto ToDto(NotificationPreferences p) => new()
    {
        Reminders = p.Reminders.ToApi<EventFly.Client.Contracts.NotificationChannel>(),
        Posts = p.Posts.ToApi<EventFly.Client.Contracts.NotificationChannel>(),
        FeedbackRequests = p.FeedbackRequests.ToApi<EventFly.Client.Contracts.NotificationChannel>(),
    };

    /// <summary>A validated body (every channel given) as the service's preferences.</summary>
    internal static NotificationPreferences FromDto(NotificationPreferencesDto body) =>
        new(body.Reminders!.Value.ToApi<ContractChannel>(), body.Posts!.Value.ToApi<ContractChannel>(), body.FeedbackRequests!.Value.ToApi<ContractChannel>());
}

internal sealed class NotificationQuery : PagedQuery;

/// <summary>What <c>POST /api/unsubscribe</c> changed: the category, now delivered in the app only.</summary>
internal sealed record UnsubscribeResponse(string Category, string Channel);
