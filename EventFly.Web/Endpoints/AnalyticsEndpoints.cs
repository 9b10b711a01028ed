using EventFly.Client.Contracts;
using EventFly.Services.Analytics.Contracts;
using EventFly.Web.Identity;
using TrafficKind = EventFly.Services.Analytics.Contracts.TrafficKind;

namespace EventFly.Web.Endpoints;

/// <summary>Dashboards (the rules are Analytics'), the participant app's traffic reports and the admin's rebuild.</summary>
internal static class AnalyticsEndpoints
{
    public static IEndpointRouteBuilder MapAnalyticsEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api").WithTags("Analytics");
        group.MapGet("/events/{eventId:guid}/analytics", async (Guid eventId, [AsParameters] AnalyticsQuery query, HttpContext http, IAnalyticsService analytics,
                CancellationToken ct) =>
            TypedResults.Ok(await analytics.GetEventAsync(http.User.ToActor(), eventId, RangeOf(query), ct))).RequireAuthorization();
        group.MapGet("/organizations/{orgId:guid}/analytics", async (Guid orgId, [AsParameters] AnalyticsQuery query, HttpContext http, IAnalyticsService analytics,
                CancellationToken ct) =>
            TypedResults.Ok(await analytics.GetOrganizationAsync(http.User.ToActor(), orgId, RangeOf(query), ct))).RequireAuthorization();
        group.MapGet("/admin/analytics", async ([AsParameters] AnalyticsQuery query, HttpContext http, IAnalyticsService analytics, CancellationToken ct) =>
            TypedResults.Ok(await analytics.GetPlatformAsync(http.User.ToActor(), RangeOf(query), ct))).RequireAuthorization();

        // Anyone on the event's pages, signed in or not; an unknown or unpublished event is ignored the same way (nothing to learn).
        group.MapPost("/events/{eventId:guid}/analytics/traffic", async (Guid eventId, TrafficRequest body, IAnalyticsTracker tracker, CancellationToken ct) =>
        {
            await tracker.TrackAsync(eventId, body.Kind!.Value.ToApi<TrafficKind>(), ct);
            return TypedResults.Accepted((string?)null);
        });
        return app;
    }

    public static AnalyticsRange RangeOf(AnalyticsQuery query) => new(query.From, query.To);
}
