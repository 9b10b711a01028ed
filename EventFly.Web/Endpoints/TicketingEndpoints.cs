using EventFly.Client.Contracts;
using EventFly.Domain.Common;
using EventFly.Domain.Organizations;
using EventFly.Domain.Ticketing;
using EventFly.Services.Ticketing.Contracts;
using EventFly.Web.Authorization;
using EventFly.Web.Identity;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace EventFly.Web.Endpoints;

internal static class TicketingEndpoints
{
    public static IEndpointRouteBuilder MapTicketingEndpoints(this IEndpointRouteBuilder app)
    {
        var forEvent = app.MapGroup("/api/events/{eventId:guid}").WithTags("Ticketing");
        forEvent.MapGet("/ticket-types", async (Guid eventId, HttpContext http, ITicketingService ticketing, CancellationToken ct) =>
            {
                // Staff see hidden types and what is sold; everyone else what is on offer.
                var isStaff = await http.HasEventPermissionAsync(eventId, permission: null);
                return TypedResults.Ok((await ticketing.ListTicketTypesAsync(eventId, includeHidden: isStaff, ct)).Select(t => TicketingMapping.ToResponse(t, isStaff)));
            })
            .AllowEventReaders();
        forEvent.MapPost("/ticket-types", async (Guid eventId, TicketTypeRequest body, ITicketingService ticketing, CancellationToken ct) =>
            {
                var created = await ticketing.CreateTicketTypeAsync(eventId, body.ToDetails(), ct);
                return TypedResults.Created($"/api/events/{eventId}/ticket-types/{created.Id}", TicketingMapping.ToResponse(created, staff: true));
            })
            .RequireEventPermission(Permissions.TicketsManage);
        forEvent.MapPut("/ticket-types/{ticketTypeId:guid}", async (Guid eventId, Guid ticketTypeId, TicketTypeRequest body, ITicketingService ticketing, CancellationToken ct) =>
            TypedResults.Ok(TicketingMapping.ToResponse(await ticketing.UpdateTicketTypeAsync(eventId, ticketTypeId, body.ToDetails(), ct), staff: true)))
            .RequireEventPermission(Permissions.TicketsManage);
        forEvent.MapDelete("/ticket-types/{ticketTypeId:guid}", async (Guid eventId, Guid ticketTypeId, ITicketingService ticketing, CancellationToken ct) =>
            {
                await ticketing.DeleteTicketTypeAsync(eventId, ticketTypeId, ct);
                return TypedResults.NoContent();
            })
            .RequireEventPermission(Permissions.TicketsManage);
        forEvent.MapGet("/quotas", async (Guid eventId, ITicketingService ticketing, CancellationToken ct) =>
                TypedResults.Ok((await ticketing.ListQuotasAsync(eventId, ct)).Select(TicketingMapping.ToResponse)))
            .RequireEventPermission(Permissions.TicketsManage);
        forEvent.MapPost("/quotas", async (Guid eventId, QuotaRequest body, ITicketingService ticketing, CancellationToken ct) =>
            {
                var quota = await ticketing.CreateQuotaAsync(eventId, body.Name, body.Capacity, ct);
                return TypedResults.Created($"/api/events/{eventId}/quotas/{quota.Id}", TicketingMapping.ToResponse(quota));
            })
            .RequireEventPermission(Permissions.TicketsManage);

        forEvent.MapPost("/orders", PlaceOrderAsync).RequireAuthorization().AllowEventReaders();
        forEvent.MapGet("/orders", async (Guid eventId, [AsParameters] OrderListQuery query, ITicketingService ticketing, CancellationToken ct) =>
            {
                var result = await ticketing.ListOrdersAsync(eventId, new OrderSearch(query.Q, query.Status, query.Page ?? 1, query.PageSize ?? PagedQuery.DefaultPageSize), ct);
                return TypedResults.Ok(new PagedResponse<OrderSummaryResponse>([.. result.Items.Select(TicketingMapping.ToResponse)], result.Total));
            })
            .RequireEventPermission(Permissions.OrdersView);
        forEvent.MapGet("/attendees", async (Guid eventId, ITicketingService ticketing, CancellationToken ct) =>
                TypedResults.Ok((await ticketing.ListAttendeesAsync(eventId, ct)).Select(a =>
                    new AttendeeResponse(a.TicketId, a.OrderId, a.Name, a.Email, a.TicketTypeName, a.AccessLevel, a.CheckedInAt))))
            .RequireEventPermission(Permissions.OrdersView);

        forEvent.MapPost("/checkins", async (Guid eventId, CheckInRequest body, HttpContext http, ICheckInService checkIns, CancellationToken ct) =>
            {
                var result = await checkIns.CheckInAsync(eventId, body.Code, http.User.FindUserId()!.Value, ct);
                return TypedResults.Ok(new CheckInResponse(result.TicketId, result.AttendeeName, result.TicketTypeName, result.AccessLevel, result.CheckedInAt));
            })
            .RequireEventPermission(Permissions.CheckinScan);
        forEvent.MapGet("/checkins/stats", async (Guid eventId, ICheckInService checkIns, CancellationToken ct) =>
            {
                var stats = await checkIns.GetStatsAsync(eventId, ct);
                return TypedResults.Ok(new CheckInStatsResponse(stats.CheckedIn, stats.Sold));
            })
            .RequireEventPermission(Permissions.CheckinScan);

        forEvent.MapGet("/waitlist", async (Guid eventId, HttpContext http, IWaitlistService waitlist, CancellationToken ct) =>
                TypedResults.Ok((await waitlist.ListMineAsync(eventId, http.User.FindUserId()!.Value, ct)).Select(TicketingMapping.ToResponse)))
            .RequireAuthorization().AllowEventReaders();
        forEvent.MapPost("/waitlist", async (Guid eventId, WaitlistRequest body, HttpContext http, IWaitlistService waitlist, CancellationToken ct) =>
                TypedResults.Ok(TicketingMapping.ToResponse(await waitlist.JoinAsync(eventId, body.TicketTypeId!.Value, http.User.FindUserId()!.Value, body.Quantity, ct))))
            .RequireAuthorization().AllowEventReaders();
        forEvent.MapDelete("/waitlist", async (Guid eventId, [FromBody] WaitlistRequest body, HttpContext http, IWaitlistService waitlist, CancellationToken ct) =>
            {
                await waitlist.LeaveAsync(eventId, body.TicketTypeId!.Value, http.User.FindUserId()!.Value, ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization().AllowEventReaders();
        app.MapPost("/api/waitlist/{entryId:guid}/claim", async (Guid entryId, HttpContext http, IWaitlistService waitlist, CancellationToken ct) =>
            {
                var order = await waitlist.ClaimAsync(entryId, http.User.FindUserId()!.Value, ct);
                return TypedResults.Created($"/api/orders/{order.Id}", TicketingMapping.ToResponse(order));
            })
            .RequireAuthorization().WithTags("Ticketing");

        app.MapGet("/api/orders/{orderId:guid}", async Task<Results<Ok<OrderResponse>, ProblemHttpResult>> (Guid orderId, HttpContext http, ITicketingService ticketing, CancellationToken ct) =>
                await VisibleOrderAsync(orderId, Permissions.OrdersView, http, ticketing, ct) is { } order ? TypedResults.Ok(TicketingMapping.ToResponse(order)) : UnknownOrder())
            .RequireAuthorization().WithTags("Ticketing");
        app.MapPost("/api/orders/{orderId:guid}/cancel", async Task<Results<Ok<OrderResponse>, ProblemHttpResult>> (Guid orderId, HttpContext http, ITicketingService ticketing, CancellationToken ct) =>
            {
                var order = await VisibleOrderAsync(orderId, Permissions.OrdersRefund, http, ticketing, ct);
                if (order is null) return UnknownOrder();
                var asBuyer = order.BuyerId == http.User.FindUserId() ? order.BuyerId : (Guid?)null;
                return TypedResults.Ok(TicketingMapping.ToResponse(await ticketing.CancelOrderAsync(orderId, asBuyer, ct)));
            })
            .RequireAuthorization().WithTags("Ticketing");
        app.MapGet("/api/me/tickets", async (HttpContext http, ITicketingService ticketing, CancellationToken ct) =>
                TypedResults.Ok((await ticketing.ListTicketsOfBuyerAsync(http.User.FindUserId()!.Value, ct)).Select(TicketingMapping.ToResponse)))
            .RequireAuthorization().WithTags("Ticketing");
        app.MapGet("/api/tickets/{ticketId:guid}/qr.png", async Task<Results<FileContentHttpResult, ProblemHttpResult>> (Guid ticketId, HttpContext http, ITicketingService ticketing, CancellationToken ct) =>
                await ticketing.GetTicketQrAsync(ticketId, http.User.FindUserId()!.Value, ct) is { } png
                    ? TypedResults.File(png, "image/png")
                    : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found.", detail: "There is no such ticket.",
                        extensions: new Dictionary<string, object?> { ["code"] = "unknown_ticket" }))
            .RequireAuthorization().WithTags("Ticketing");
        return app;
    }

    private static async Task<Results<Created<OrderResponse>, ValidationProblem>> PlaceOrderAsync(
        Guid eventId, OrderRequest body, [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey, HttpContext http, ITicketingService ticketing, CancellationToken ct)
    {
        if (idempotencyKey is { Length: 0 or > 200 })
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["Idempotency-Key"] = ["Between 1 and 200 characters."] });
        var order = await ticketing.PlaceOrderAsync(eventId, http.User.FindUserId()!.Value,
            [.. body.Items.Select(i => new OrderLineRequest(i.TicketTypeId!.Value, i.Quantity))], idempotencyKey, ct);
        return TypedResults.Created($"/api/orders/{order.Id}", TicketingMapping.ToResponse(order));
    }

    /// <summary>The order for its buyer, or for staff of its event with <paramref name="staffPermission"/>; null (404) for anyone else.</summary>
    private static async Task<OrderView?> VisibleOrderAsync(Guid orderId, string staffPermission, HttpContext http, ITicketingService ticketing, CancellationToken ct)
    {
        var userId = http.User.FindUserId()!.Value;
        if (await ticketing.GetOrderAsync(orderId, userId, ct) is { } own) return own;
        var order = await ticketing.GetOrderAsync(orderId, buyerId: null, ct);
        return order is not null && await http.HasEventPermissionAsync(order.EventId, staffPermission) ? order : null;
    }

    private static ProblemHttpResult UnknownOrder() =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found.", detail: "There is no such order.",
            extensions: new Dictionary<string, object?> { ["code"] = "unknown_order" });
}
