using EventFly.Client.Api;
using EventFly.Client.Contracts;
using EventFly.Services.Common;
using EventFly.Services.Ticketing.Contracts;
using EventFly.Web.Endpoints;
using Microsoft.AspNetCore.Components.Authorization;

namespace EventFly.Web.Prerendering;

/// <summary>
/// The server's <see cref="ITicketsApi"/> for prerendering participant pages: the same service calls, with the same
/// caller, as the endpoints (so the same rules: drafts hidden, orders and tickets only for their buyer).
/// </summary>
internal sealed class ServerTicketsApi(
    ITicketCatalog catalog, IOrderPlacement placement, IOrderQueries orders, IOrderLifecycle lifecycle, IWaitlistService waitlist,
    AuthenticationStateProvider authentication) : ITicketsApi
{
    public Task<ApiResult<List<TicketTypeResponse>>> GetTicketTypesAsync(Guid eventId, CancellationToken cancellationToken = default) =>
        ServerCalls.RunAsync(authentication, async actor =>
        {
            var listing = await catalog.ListTicketTypesAsync(actor, eventId, cancellationToken);
            return listing.Items.Select(t => t.ToResponse(listing.ForStaff)).ToList();
        });

    public Task<ApiResult<OrderResponse>> PlaceOrderAsync(Guid eventId, OrderRequest request, string idempotencyKey, CancellationToken cancellationToken = default) =>
        AsUserAsync(async actor => (await placement.PlaceOrderAsync(actor, eventId,
            [.. request.Items.Select(i => new OrderLineRequest(i.TicketTypeId!.Value, i.Quantity))], idempotencyKey, cancellationToken)).ToResponse());

    public Task<ApiResult<OrderResponse>> GetOrderAsync(Guid orderId, CancellationToken cancellationToken = default) =>
        AsUserAsync(async actor => (await orders.GetOrderAsync(actor, orderId, cancellationToken)).ToResponse());

    public Task<ApiResult<OrderResponse>> CancelOrderAsync(Guid orderId, CancellationToken cancellationToken = default) =>
        AsUserAsync(async actor => (await lifecycle.CancelOrderAsync(actor, orderId, cancellationToken)).ToResponse());

    public Task<ApiResult<List<TicketResponse>>> GetMyTicketsAsync(CancellationToken cancellationToken = default) =>
        AsUserAsync(async actor => (await orders.ListMyTicketsAsync(actor, cancellationToken)).Select(TicketingMapping.ToResponse).ToList());

    public Task<ApiResult<byte[]>> GetQrAsync(Guid ticketId, CancellationToken cancellationToken = default) =>
        AsUserAsync(actor => orders.GetTicketQrAsync(actor, ticketId, cancellationToken));

    public Task<ApiResult<List<WaitlistEntryResponse>>> GetMyWaitlistAsync(Guid eventId, CancellationToken cancellationToken = default) =>
        AsUserAsync(async actor => (await waitlist.ListMineAsync(actor, eventId, cancellationToken)).Select(TicketingMapping.ToResponse).ToList());

    public Task<ApiResult<WaitlistEntryResponse>> JoinWaitlistAsync(Guid eventId, WaitlistRequest request, CancellationToken cancellationToken = default) =>
        AsUserAsync(async actor => (await waitlist.JoinAsync(actor, eventId, request.TicketTypeId!.Value, request.Quantity, cancellationToken)).ToResponse());

    public Task<ApiResult<bool>> LeaveWaitlistAsync(Guid eventId, WaitlistRequest request, CancellationToken cancellationToken = default) =>
        AsUserAsync(async actor =>
        {
            await waitlist.LeaveAsync(actor, eventId, request.TicketTypeId!.Value, cancellationToken);
            return true;
        });

    public Task<ApiResult<OrderResponse>> ClaimWaitlistOfferAsync(Guid entryId, CancellationToken cancellationToken = default) =>
        AsUserAsync(async actor => (await waitlist.ClaimAsync(actor, entryId, cancellationToken)).ToResponse());

    private Task<ApiResult<T>> AsUserAsync<T>(Func<Actor, Task<T>> call) => ServerCalls.RunSignedInAsync(authentication, call);
}
