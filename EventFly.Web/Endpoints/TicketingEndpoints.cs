using EventFly.Client.Contracts;
using EventFly.Domain.Common;
using EventFly.Domain.Organizations;
using EventFly.Domain.Ticketing;
using EventFly.Services.Ticketing.Contracts;
using EventFly.Web.Identity;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace EventFly.Web.Endpoints;

internal static class TicketingEndpoints
{
    public static IEndpointRouteBuilder MapTicketingEndpoints(this IEndpointRouteBuilder app)
    {
        // Who may do what is decided by Ticketing (through the Events context's access rules): the endpoints pass the caller on.
        var forEvent = app.MapGroup("/api/events/{eventId:guid}").WithTags("Ticketing");
        forEvent.MapGet("/ticket-types", async (Guid eventId, HttpContext http, ITicketCatalog catalog, CancellationToken ct) =>
            {
                var listing = await catalog.ListTicketTypesAsync(http.User.ToActor(), eventId, ct);
                return TypedResults.Ok(listing.Items.Select(t => TicketingMapping.ToResponse(t, listing.ForStaff)));
            });
        forEvent.MapPost("/ticket-types", async (Guid eventId, TicketTypeRequest body, HttpContext http, ITicketCatalog catalog, CancellationToken ct) =>
            {
                var created = await catalog.CreateTicketTypeAsync(http.User.ToActor(), eventId, body.ToDetails(), ct);
                return TypedResults.Created($"/api/events/{eventId}/ticket-types/{created.Id}", TicketingMapping.ToResponse(created, staff: true));
            })
            .RequireAuthorization();
        forEvent.MapPut("/ticket-types/{ticketTypeId:guid}", async (Guid eventId, Guid ticketTypeId, TicketTypeRequest body, HttpContext http, ITicketCatalog catalog, CancellationToken ct) =>
            TypedResults.Ok(TicketingMapping.ToResponse(await catalog.UpdateTicketTypeAsync(http.User.ToActor(), eventId, ticketTypeId, body.ToDetails(), ct), staff: true)))
            .RequireAuthorization();
        forEvent.MapDelete("/ticket-types/{ticketTypeId:guid}", async (Guid eventId, Guid ticketTypeId, HttpContext http, ITicketCatalog catalog, CancellationToken ct) =>
            {
                await catalog.DeleteTicketTypeAsync(http.User.ToActor(), eventId, ticketTypeId, ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization();
        forEvent.MapGet("/quotas", async (Guid eventId, HttpContext http, ITicketCatalog catalog, CancellationToken ct) =>
                TypedResults.Ok((await catalog.ListQuotasAsync(http.User.ToActor(), eventId, ct)).Select(TicketingMapping.ToResponse)))
            .RequireAuthorization();
        forEvent.MapPost("/quotas", async (Guid eventId, QuotaRequest body, HttpContext http, ITicketCatalog catalog, CancellationToken ct) =>
            {
                var quota = await catalog.CreateQuotaAsync(http.User.ToActor(), eventId, body.Name, body.Capacity, ct);
                return TypedResults.Created($"/api/events/{eventId}/quotas/{quota.Id}", TicketingMapping.ToResponse(quota));
            })
            .RequireAuthorization();

        forEvent.MapPost("/orders", PlaceOrderAsync).RequireAuthorization();
        forEvent.MapGet("/orders", async (Guid eventId, [AsParameters] OrderListQuery query, HttpContext http, IOrderQueries orders, CancellationToken ct) =>
            {
                var result = await orders.ListOrdersAsync(http.User.ToActor(), eventId,
                    new OrderSearch(query.Q, WireNames.TryParse<EventFly.Services.Ticketing.Contracts.OrderState>(query.Status, out var state) ? state : null, query.Page ?? 1, query.PageSize ?? PagedQuery.DefaultPageSize), ct);
                return TypedResults.Ok(new PagedResponse<OrderSummaryResponse>([.. result.Items.Select(TicketingMapping.ToResponse)], result.Total));
            })
            .RequireAuthorization();
        forEvent.MapGet("/attendees", async (Guid eventId, HttpContext http, IOrderQueries orders, CancellationToken ct) =>
                TypedResults.Ok((await orders.ListAttendeesAsync(http.User.ToActor(), eventId, ct)).Select(a =>
                    new AttendeeResponse(a.TicketId, a.OrderId, a.Name, a.Email, a.TicketTypeName, a.AccessLevel, a.CheckedInAt))))
            .RequireAuthorization();
        forEvent.MapTicketingExports();

        forEvent.MapPost("/checkins", async (Guid eventId, CheckInRequest body, HttpContext http, ICheckInService checkIns, CancellationToken ct) =>
            {
                var result = await checkIns.CheckInAsync(http.User.ToActor(), eventId, body.Code, ct);
                return TypedResults.Ok(new CheckInResponse(result.TicketId, result.AttendeeName, result.TicketTypeName, result.AccessLevel, result.CheckedInAt));
            })
            .RequireAuthorization();
        forEvent.MapGet("/checkins/stats", async (Guid eventId, HttpContext http, ICheckInService checkIns, CancellationToken ct) =>
            {
                var stats = await checkIns.GetStatsAsync(http.User.ToActor(), eventId, ct);
                return TypedResults.Ok(new CheckInStatsResponse(stats.CheckedIn, stats.Sold));
            })
            .RequireAuthorization();

        forEvent.MapGet("/checkins/door-list", async (Guid eventId, HttpContext http, IDoorCheckIns doors, CancellationToken ct) =>
                TypedResults.Ok(TicketingMapping.ToResponse(await doors.GetDoorListAsync(http.User.ToActor(), eventId, ct))))
            .RequireAuthorization();
        forEvent.MapPost("/checkins/batch", async (Guid eventId, OfflineScanBatchRequest body, HttpContext http, IDoorCheckIns doors, CancellationToken ct) =>
            {
                var results = await doors.SyncAsync(http.User.ToActor(), eventId, body.ToBatch(), ct);
                return TypedResults.Ok(new OfflineScanBatchResponse([.. results.Select(TicketingMapping.ToResponse)]));
            })
            .RequireAuthorization();

        forEvent.MapGet("/waitlist", async (Guid eventId, HttpContext http, IWaitlistService waitlist, CancellationToken ct) =>
                TypedResults.Ok((await waitlist.ListMineAsync(http.User.ToActor(), eventId, ct)).Select(TicketingMapping.ToResponse)))
            .RequireAuthorization();
        forEvent.MapPost("/waitlist", async (Guid eventId, WaitlistRequest body, HttpContext http, IWaitlistService waitlist, CancellationToken ct) =>
                TypedResults.Ok(TicketingMapping.ToResponse(await waitlist.JoinAsync(http.User.ToActor(), eventId, body.TicketTypeId!.Value, body.Quantity, ct))))
            .RequireAuthorization();
        forEvent.MapDelete("/waitlist", async (Guid eventId, [FromBody] WaitlistRequest body, HttpContext http, IWaitlistService waitlist, CancellationToken ct) =>
            {
                await waitlist.LeaveAsync(http.User.ToActor(), eventId, body.TicketTypeId!.Value, ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization();
        app.MapPost("/api/waitlist/{entryId:guid}/claim", async (Guid entryId, HttpContext http, IWaitlistService waitlist, CancellationToken ct) =>
            {
                var order = await waitlist.ClaimAsync(http.User.ToActor(), entryId, ct);
                return TypedResults.Created($"/api/orders/{order.Id}", TicketingMapping.ToResponse(order));
            })
            .RequireAuthorization().WithTags("Ticketing");

        app.MapGet("/api/orders/{orderId:guid}", async (Guid orderId, HttpContext http, IOrderQueries orders, CancellationToken ct) =>
                TypedResults.Ok(TicketingMapping.ToResponse(await orders.GetOrderAsync(http.User.ToActor(), orderId, ct))))
            .RequireAuthorization().WithTags("Ticketing");
        app.MapPost("/api/orders/{orderId:guid}/cancel", async (Guid orderId, HttpContext http, IOrderLifecycle orders, CancellationToken ct) =>
                TypedResults.Ok(TicketingMapping.ToResponse(await orders.CancelOrderAsync(http.User.ToActor(), orderId, ct))))
            .RequireAuthorization().WithTags("Ticketing");
        app.MapGet("/api/me/tickets", async (HttpContext http, IOrderQueries orders, CancellationToken ct) =>
                TypedResults.Ok((await orders.ListMyTicketsAsync(http.User.ToActor(), ct)).Select(TicketingMapping.ToResponse)))
            .RequireAuthorization().WithTags("Ticketing");
        app.MapGet("/api/tickets/{ticketId:guid}/qr.png", async (Guid ticketId, HttpContext http, IOrderQueries orders, CancellationToken ct) =>
                TypedResults.File(await orders.GetTicketQrAsync(http.User.ToActor(), ticketId, ct), "image/png"))
            .RequireAuthorization().WithTags("Ticketing");
        return app;
    }

    private static async Task<Results<Created<OrderResponse>, ValidationProblem>> PlaceOrderAsync(
        Guid eventId, OrderRequest body, [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey, HttpContext http, IOrderPlacement orders, CancellationToken ct)
    {
        if (idempotencyKey is { Length: 0 or > 200 })
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["Idempotency-Key"] = ["Between 1 and 200 characters."] });
        var order = await orders.PlaceOrderAsync(http.User.ToActor(), eventId,
            [.. body.Items.Select(i => new OrderLineRequest(i.TicketTypeId!.Value, i.Quantity))], idempotencyKey, ct);
        return TypedResults.Created($"/api/orders/{order.Id}", TicketingMapping.ToResponse(order));
    }
}
