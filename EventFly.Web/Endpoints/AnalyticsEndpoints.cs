using EventFly.Client;
using EventFly.Client.Contracts;
using EventFly.Services.Analytics.Contracts;
using EventFly.Web.Identity;
using EventFly.Web.Infrastructure;
using EventFly.Web.Infrastructure.Exports;
using Microsoft.AspNetCore.Authorization;
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
        group.MapGet("/events/{eventId:guid}/analytics/export", (Guid eventId, [AsParameters] AnalyticsExportQuery query, HttpContext http, IAnalyticsService analytics,
                CancellationToken ct) =>
            TableExport.Write(query.Format, $"analytics-{eventId}", DayColumns,
                DaysAsync(async () => (await analytics.GetEventAsync(http.User.ToActor(), eventId, RangeOf(query), ct)).SalesByDay), "Sales per day"))
            .RequireAuthorization();
        group.MapGet("/organizations/{orgId:guid}/analytics/export", (Guid orgId, [AsParameters] AnalyticsExportQuery query, HttpContext http,
                IAnalyticsService analytics, CancellationToken ct) =>
            TableExport.Write(query.Format, $"analytics-{orgId}", DayColumns,
                DaysAsync(async () => (await analytics.GetOrganizationAsync(http.User.ToActor(), orgId, RangeOf(query), ct)).SalesByDay), "Sales per day"))
            .RequireAuthorization();
        group.MapGet("/admin/analytics", async ([AsParameters] AnalyticsQuery query, HttpContext http, IAnalyticsService analytics, CancellationToken ct) =>
            TypedResults.Ok(await analytics.GetPlatformAsync(http.User.ToActor(), RangeOf(query), ct))).RequireAuthorization();

        group.MapPost("/admin/analytics/rebuild", (HttpContext http, IAnalyticsRebuildJob job) =>
            TypedResults.Accepted("/api/admin/analytics/rebuild", job.Start(http.User.ToActor()))).RequireAuthorization();
        group.MapGet("/admin/analytics/rebuild", (IAnalyticsRebuildJob job) => TypedResults.Ok(job.Status)).RequireAuthorization(PlatformAdmins);
        group.MapGet("/admin/operations", async (IOperationsStatusReader operations, CancellationToken ct) => TypedResults.Ok(await operations.ReadAsync(ct)))
            .RequireAuthorization(PlatformAdmins);

        // Anyone on the event's pages, signed in or not; an unknown or unpublished event is ignored the same way (nothing to learn).
        group.MapPost("/events/{eventId:guid}/analytics/traffic", async (Guid eventId, TrafficRequest body, HttpContext http, IAnalyticsTracker tracker, CancellationToken ct) =>
        {
            await tracker.TrackAsync(http.User.ToActor(), eventId, body.Kind!.Value.ToApi<TrafficKind>(), ct);
            return TypedResults.Accepted((string?)null);
        });
        return app;
    }

    private static void PlatformAdmins(AuthorizationPolicyBuilder policy) => policy.RequireRole(AuthRoles.PlatformAdmin);

    private static readonly string[] DayColumns =
        ["Day (UTC)", "Currency", "Tickets sold", "Orders", "Tickets cancelled", "Gross", "Refunds", "Net", "Tickets sold to date", "Net to date"];

    public static AnalyticsRange RangeOf(AnalyticsQuery query) => new(query.From, query.To);

    private static AnalyticsRange RangeOf(AnalyticsExportQuery query) => new(query.From, query.To);

    /// <summary>A dashboard's days as export rows; the dashboard (and its permission check) is asked for when the first row is.</summary>
    private static async IAsyncEnumerable<object?[]> DaysAsync(Func<Task<IReadOnlyList<SalesDay>>> days)
    {
        foreach (var d in await days())
            yield return [d.Day, d.Currency, d.Tickets, d.Orders, d.TicketsCancelled, d.Gross, d.Refunds, d.Net, d.CumulativeTickets, d.CumulativeNet];
    }
}
