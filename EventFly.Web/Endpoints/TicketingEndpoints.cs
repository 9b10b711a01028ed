using EventFly.Client.Contracts;
using EventFly.Domain.Common;
using EventFly.Domain.Organizations;
using EventFly.Domain.Ticketing;
using EventFly.Services.Ticketing;
using EventFly.Web.Authorization;
using EventFly.Web.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace EventFly.Web.Endpoints;

internal static class TicketingEndpoints
{
    public static IEndpointRouteBuilder MapTicketingEndpoints(this IEndpointRouteBuilder app)
    {
        var forEvent = app.MapGroup("/api/events/{eventId:guid}").WithTags("Ticketing");
        forEvent.MapGet("/ticket-types", async (Guid eventId, HttpContext http, ITicketingService ticketing, Services.Events.IEventService events, CancellationToken ct) =>
            {
                // Staff see hidden types and what is sold; everyone else what is on offer.
                var owner = (await events.GetOwnerAsync(eventId, ct))!.Value;
                var isStaff = (await http.RequestServices.GetRequiredService<IAuthorizationService>()
                    .AuthorizeAsync(http.User, new OrganizationResource(owner.OrganizationId, eventId), new MemberRequirement())).Succeeded;
                return TypedResults.Ok((await ticketing.ListTicketTypesAsync(eventId, includeHidden: isStaff, ct)).Select(t => ToResponse(t, isStaff)));
            })
            .AllowEventReaders();
        forEvent.MapPost("/ticket-types", async (Guid eventId, TicketTypeRequest body, ITicketingService ticketing, CancellationToken ct) =>
            {
                var created = await ticketing.CreateTicketTypeAsync(eventId, ToDetails(body), ct);
                return TypedResults.Created($"/api/events/{eventId}/ticket-types/{created.Id}", ToResponse(created, staff: true));
            })
            .RequireEventPermission(Permissions.TicketsManage);
        forEvent.MapPut("/ticket-types/{ticketTypeId:guid}", async (Guid eventId, Guid ticketTypeId, TicketTypeRequest body, ITicketingService ticketing, CancellationToken ct) =>
            TypedResults.Ok(ToResponse(await ticketing.UpdateTicketTypeAsync(eventId, ticketTypeId, ToDetails(body), ct), staff: true)))
            .RequireEventPermission(Permissions.TicketsManage);
        forEvent.MapDelete("/ticket-types/{ticketTypeId:guid}", async (Guid eventId, Guid ticketTypeId, ITicketingService ticketing, CancellationToken ct) =>
            {
                await ticketing.DeleteTicketTypeAsync(eventId, ticketTypeId, ct);
                return TypedResults.NoContent();
            })
            .RequireEventPermission(Permissions.TicketsManage);
        forEvent.MapPost("/quotas", async (Guid eventId, QuotaRequest body, ITicketingService ticketing, CancellationToken ct) =>
            {
                var quota = await ticketing.CreateQuotaAsync(eventId, body.Name, body.Capacity, ct);
                return TypedResults.Created($"/api/events/{eventId}/quotas/{quota.Id}", new QuotaResponse(quota.Id, quota.Name, quota.Capacity, quota.Sold, quota.Held));
            })
            .RequireEventPermission(Permissions.TicketsManage);
        forEvent.MapPost("/orders", PlaceOrderAsync).RequireAuthorization().AllowEventReaders();

        app.MapGet("/api/orders/{orderId:guid}", async Task<Results<Ok<OrderResponse>, NotFound>> (Guid orderId, HttpContext http, ITicketingService ticketing, CancellationToken ct) =>
                await ticketing.GetOrderForBuyerAsync(orderId, http.User.FindUserId()!.Value, ct) is { } order ? TypedResults.Ok(ToResponse(order)) : TypedResults.NotFound())
            .RequireAuthorization().WithTags("Ticketing");
        app.MapGet("/api/me/tickets", async (HttpContext http, ITicketingService ticketing, CancellationToken ct) =>
                TypedResults.Ok((await ticketing.ListTicketsOfBuyerAsync(http.User.FindUserId()!.Value, ct)).Select(ToResponse)))
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
        return TypedResults.Created($"/api/orders/{order.Id}", ToResponse(order));
    }

    private static TicketTypeDetails ToDetails(TicketTypeRequest r) => new(
        r.Name, r.Description, new Money(r.Price.Amount, r.Price.Currency), r.Capacity, r.SalesStart, r.SalesEnd, r.MinPerOrder, r.MaxPerOrder,
        r.AccessLevel, r.Hidden, r.QuotaId);

    private static TicketTypeResponse ToResponse(TicketTypeView t, bool staff) => new(
        t.Id, t.Name, t.Description, new MoneyResponse(t.Price.Amount, t.Price.Currency), t.Capacity, t.Available, t.OnSale, t.SalesStart, t.SalesEnd,
        t.MinPerOrder, t.MaxPerOrder, t.AccessLevel, t.Hidden, t.QuotaId, staff ? t.Sold : null);

    // checkoutUrl arrives with the payment gateway (issue 7); until then paid orders wait in pending_payment.
    private static OrderResponse ToResponse(OrderView o) => new(
        o.Id, o.EventId, o.Status, new MoneyResponse(o.Total.Amount, o.Total.Currency), o.CreatedAt, o.ExpiresAt, null, [.. o.Tickets.Select(ToResponse)]);

    private static OrderTicketResponse ToResponse(TicketView t) => new(t.Id, t.TicketTypeId, t.TicketTypeName, t.AccessLevel, t.Code, t.CheckedInAt);
}
