using EventFly.Client.Api;
using EventFly.Client.Contracts;
using EventFly.Domain.Common;
using EventFly.Services.Ticketing.Contracts;
using EventFly.Web.Endpoints;
using Microsoft.AspNetCore.Components.Authorization;

namespace EventFly.Web.Identity;

/// <summary>
/// The server's <see cref="ITicketsApi"/> for prerendering participant pages: the buyer's own orders, tickets and waitlist
/// places, by the same service calls as the endpoints.
/// </summary>
internal sealed class ServerTicketsApi(ITicketingService ticketing, IWaitlistService waitlist, AuthenticationStateProvider authentication) : ITicketsApi
{
    public async Task<ApiResult<List<TicketTypeResponse>>> GetTicketTypesAsync(Guid eventId, CancellationToken cancellationToken = default) =>
        ApiResult<List<TicketTypeResponse>>.Ok([.. (await ticketing.ListTicketTypesAsync(eventId, includeHidden: false, cancellationToken)).Select(t => t.ToResponse(staff: false))]);

    public Task<ApiResult<OrderResponse>> PlaceOrderAsync(Guid eventId, OrderRequest request, string idempotencyKey, CancellationToken cancellationToken = default) =>
        AsUserAsync(async user => (await ticketing.PlaceOrderAsync(eventId, user,
            [.. request.Items.Select(i => new OrderLineRequest(i.TicketTypeId!.Value, i.Quantity))], idempotencyKey, cancellationToken)).ToResponse());

    public Task<ApiResult<OrderResponse>> GetOrderAsync(Guid orderId, CancellationToken cancellationToken = default) =>
        AsUserAsync(async user => ((await ticketing.GetOrderAsync(orderId, user, cancellationToken)) ?? throw new NotFoundException("unknown_order", "Not found.")).ToResponse());

    public Task<ApiResult<OrderResponse>> CancelOrderAsync(Guid orderId, CancellationToken cancellationToken = default) =>
        AsUserAsync(async user => (await ticketing.CancelOrderAsync(orderId, user, cancellationToken)).ToResponse());

    public Task<ApiResult<List<TicketResponse>>> GetMyTicketsAsync(CancellationToken cancellationToken = default) =>
        AsUserAsync(async user => (await ticketing.ListTicketsOfBuyerAsync(user, cancellationToken)).Select(TicketingMapping.ToResponse).ToList());

    public Task<ApiResult<byte[]>> GetQrAsync(Guid ticketId, CancellationToken cancellationToken = default) =>
        AsUserAsync(async user => await ticketing.GetTicketQrAsync(ticketId, user, cancellationToken) ?? throw new NotFoundException("unknown_ticket", "Not found."));

    public Task<ApiResult<List<WaitlistEntryResponse>>> GetMyWaitlistAsync(Guid eventId, CancellationToken cancellationToken = default) =>
        AsUserAsync(async user => (await waitlist.ListMineAsync(eventId, user, cancellationToken)).Select(TicketingMapping.ToResponse).ToList());

    public Task<ApiResult<WaitlistEntryResponse>> JoinWaitlistAsync(Guid eventId, WaitlistRequest request, CancellationToken cancellationToken = default) =>
        AsUserAsync(async user => (await waitlist.JoinAsync(eventId, request.TicketTypeId!.Value, user, request.Quantity, cancellationToken)).ToResponse());

    public Task<ApiResult<bool>> LeaveWaitlistAsync(Guid eventId, WaitlistRequest request, CancellationToken cancellationToken = default) =>
        AsUserAsync(async user =>
        {
            await waitlist.LeaveAsync(eventId, request.TicketTypeId!.Value, user, cancellationToken);
            return true;
        });

    public Task<ApiResult<OrderResponse>> ClaimWaitlistOfferAsync(Guid entryId, CancellationToken cancellationToken = default) =>
        AsUserAsync(async user => (await waitlist.ClaimAsync(entryId, user, cancellationToken)).ToResponse());

    /// <summary>Runs <paramref name="action"/> for the signed-in user; rule violations become the message the HTTP API would give.</summary>
    private async Task<ApiResult<T>> AsUserAsync<T>(Func<Guid, Task<T>> action)
    {
        if ((await authentication.GetAuthenticationStateAsync()).User.FindUserId() is not { } user) return ApiResult<T>.Fail("You are signed out.");
        try
        {
            return ApiResult<T>.Ok(await action(user));
        }
        catch (NotFoundException)
        {
            return ApiResult<T>.Fail("Not found.");
        }
        catch (DomainException ex)
        {
            return ApiResult<T>.Fail(ex.Message);
        }
    }
}
