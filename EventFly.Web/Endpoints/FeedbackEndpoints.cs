using EventFly.Client.Contracts;
using EventFly.Services.Feedback.Contracts;
using EventFly.Web.Identity;
using Microsoft.AspNetCore.Http.HttpResults;
using OpensAt = EventFly.Services.Feedback.Contracts.FeedbackOpensAt;

namespace EventFly.Web.Endpoints;

/// <summary>Feedback on events: participants rate, staff read, reply and hide, the public sees the rating and comments. The rules are Feedback's.</summary>
internal static class FeedbackEndpoints
{
    public static IEndpointRouteBuilder MapFeedbackEndpoints(this IEndpointRouteBuilder app)
    {
        var forEvent = app.MapGroup("/api/events/{eventId:guid}").WithTags("Feedback");
        forEvent.MapGet("/feedback/mine", async (Guid eventId, HttpContext http, IFeedbackService feedback, CancellationToken ct) =>
            TypedResults.Ok(await feedback.GetMineAsync(http.User.ToActor(), eventId, ct))).RequireAuthorization();
        forEvent.MapPost("/feedback", async Task<Results<Created<FeedbackView>, Ok<FeedbackView>>> (
                Guid eventId, FeedbackRequest body, HttpContext http, IFeedbackService feedback, CancellationToken ct) =>
            {
                var submitted = await feedback.SubmitAsync(http.User.ToActor(), eventId, ToSubmission(body), ct);
                return submitted.Created
                    ? TypedResults.Created($"/api/events/{eventId}/feedback/mine", submitted.Feedback)
                    : TypedResults.Ok(submitted.Feedback);
            }).RequireAuthorization();
        forEvent.MapGet("/feedback/summary", async (Guid eventId, [AsParameters] FeedbackSummaryQuery query, HttpContext http, IFeedbackService feedback,
                CancellationToken ct) =>
            TypedResults.Ok(await feedback.GetSummaryAsync(http.User.ToActor(), eventId,
                new FeedbackCommentFilter(query.Rating, query.HasComment, query.Page ?? 1, query.PageSize ?? PagedQuery.DefaultPageSize), ct)))
            .RequireAuthorization();
        forEvent.MapGet("/feedback/settings", async (Guid eventId, HttpContext http, IFeedbackService feedback, CancellationToken ct) =>
            TypedResults.Ok(await feedback.GetSettingsAsync(http.User.ToActor(), eventId, ct))).RequireAuthorization();
        forEvent.MapPut("/feedback/settings", async (Guid eventId, FeedbackSettingsRequest body, HttpContext http, IFeedbackService feedback, CancellationToken ct) =>
            TypedResults.Ok(await feedback.SetSettingsAsync(http.User.ToActor(), eventId, body.OpensAt!.Value.ToApi<OpensAt>(), ct))).RequireAuthorization();

        // Public: anyone who may see the event (drafts stay 404).
        forEvent.MapGet("/feedback", async (Guid eventId, [AsParameters] PublicFeedbackQuery query, HttpContext http, IFeedbackService feedback, CancellationToken ct) =>
            TypedResults.Ok(await feedback.ListPublicAsync(http.User.ToActor(), eventId, query.Page ?? 1, query.PageSize ?? PagedQuery.DefaultPageSize, ct)));
        forEvent.MapGet("/rating", async (Guid eventId, HttpContext http, IFeedbackService feedback, CancellationToken ct) =>
            TypedResults.Ok(await feedback.GetEventRatingAsync(http.User.ToActor(), eventId, ct)));
        app.MapGet("/api/organizations/{orgId:guid}/rating", async (Guid orgId, IFeedbackService feedback, CancellationToken ct) =>
            TypedResults.Ok(await feedback.GetOrganizationRatingAsync(orgId, ct))).WithTags("Feedback");

        var one = app.MapGroup("/api/feedback/{feedbackId:guid}").WithTags("Feedback").RequireAuthorization();
        one.MapPost("/reply", async (Guid feedbackId, FeedbackReplyRequest body, HttpContext http, IFeedbackService feedback, CancellationToken ct) =>
            TypedResults.Ok(await feedback.ReplyAsync(http.User.ToActor(), feedbackId, body.Body, ct)));
        one.MapDelete("/reply", async (Guid feedbackId, HttpContext http, IFeedbackService feedback, CancellationToken ct) =>
            TypedResults.Ok(await feedback.RemoveReplyAsync(http.User.ToActor(), feedbackId, ct)));
        one.MapPost("/hide", async (Guid feedbackId, HttpContext http, IFeedbackService feedback, CancellationToken ct) =>
            TypedResults.Ok(await feedback.HideAsync(http.User.ToActor(), feedbackId, ct)));
        one.MapPost("/unhide", async (Guid feedbackId, HttpContext http, IFeedbackService feedback, CancellationToken ct) =>
            TypedResults.Ok(await feedback.UnhideAsync(http.User.ToActor(), feedbackId, ct)));
        return app;
    }

    public static FeedbackSubmission ToSubmission(FeedbackRequest body) =>
        new(body.Rating!.Value, body.Comment, body.Aspects is { } a ? new AspectRatings(a.Content, a.Venue, a.Organization) : null);
}
