using EventFly.Client;
using EventFly.Client.Contracts;
using EventFly.Services.Events.Contracts;
using EventFly.Services.Recommendations.Contracts;
using EventFly.Web.Identity;
using Microsoft.AspNetCore.Authorization;

namespace EventFly.Web.Endpoints;

/// <summary>Recommendations for the signed-in participant, "not interested", similar events, and the admin's training button.</summary>
internal static class RecommendationEndpoints
{
    public static IEndpointRouteBuilder MapRecommendationEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api").WithTags("Recommendations");
        group.MapGet("/me/recommendations", async ([AsParameters] RecommendationQuery query, HttpContext http, IRecommendationService recommendations,
                CancellationToken ct) =>
            TypedResults.Ok(ToResponses(await recommendations.GetForUserAsync(http.User.ToActor(), RequestOf(query), ct))))
            .RequireAuthorization();
        group.MapPost("/me/recommendations/{eventId:guid}/dismiss", async (Guid eventId, HttpContext http, IRecommendationService recommendations,
                CancellationToken ct) =>
        {
            await recommendations.DismissAsync(http.User.ToActor(), eventId, ct);
            return TypedResults.NoContent();
        }).RequireAuthorization();
        group.MapGet("/events/{eventId:guid}/similar", async (Guid eventId, [AsParameters] SimilarQuery query, IRecommendationService recommendations,
                CancellationToken ct) =>
            TypedResults.Ok(ToResponses(await recommendations.GetSimilarAsync(eventId, query.Limit ?? SimilarQuery.DefaultLimit, ct))));

        group.MapPost("/admin/recommendations/train", (HttpContext http, IRecommendationTrainingJob job) =>
            TypedResults.Accepted("/api/admin/recommendations/train", job.Start(http.User.ToActor()))).RequireAuthorization();
        group.MapGet("/admin/recommendations/train", (IRecommendationTrainingJob job) => TypedResults.Ok(job.Status)).RequireAuthorization(PlatformAdmins);
        group.MapGet("/admin/recommendations/models", async (IRecommendationTraining training, CancellationToken ct) =>
            TypedResults.Ok(await training.ListModelsAsync(ct))).RequireAuthorization(PlatformAdmins);
        return app;
    }

    private static void PlatformAdmins(AuthorizationPolicyBuilder policy) => policy.RequireRole(AuthRoles.PlatformAdmin);

    public static RecommendationRequest RequestOf(RecommendationQuery query) =>
        new(query.Limit ?? RecommendationQuery.DefaultLimit, query.Latitude, query.Longitude);

    public static IReadOnlyList<RecommendationResponse> ToResponses(IReadOnlyList<Recommendation> recommendations) =>
        [.. recommendations.Select(r => new RecommendationResponse(r.Event.ToSearchItem(r.MinPrice, r.DistanceKm), r.Score, r.Reasons))];

    private static EventSearchItem ToSearchItem(this EventCatalogEntry e, EventFly.Domain.Common.Money minPrice, double? distanceKm) =>
        new(e.Id, e.Name, e.StartsAt, e.EndsAt, e.TimeZone, e.Category, e.Venue.ToResponse(), e.IsOnline, distanceKm is { } km ? Math.Round(km, 1) : null,
            new MoneyResponse(minPrice.Amount, minPrice.Currency), EventMapping.ImageUrl(e.CoverImage), e.OrganizationName);
}
