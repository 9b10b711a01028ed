using EventFly.Client.Contracts;

namespace EventFly.Client.Api;

/// <summary>Buying, holding and using tickets: over HTTP in the browser, directly on the server when prerendering.</summary>
public interface ITicketsApi
{
    Task<ApiResult<List<TicketTypeResponse>>> GetTicketTypesAsync(Guid eventId, CancellationToken cancellationToken = default);

    /// <param name="idempotencyKey">One per checkout attempt, so a retried click never buys twice.</param>
    Task<ApiResult<OrderResponse>> PlaceOrderAsync(Guid eventId, OrderRequest request, string idempotencyKey, CancellationToken cancellationToken = default);

    Task<ApiResult<OrderResponse>> GetOrderAsync(Guid orderId, CancellationToken cancellationToken = default);

    Task<ApiResult<OrderResponse>> CancelOrderAsync(Guid orderId, CancellationToken cancellationToken = default);

    Task<ApiResult<List<TicketResponse>>> GetMyTicketsAsync(CancellationToken cancellationToken = default);

    /// <summary>The ticket's QR as a PNG.</summary>
    Task<ApiResult<byte[]>> GetQrAsync(Guid ticketId, CancellationToken cancellationToken = default);

    Task<ApiResult<List<WaitlistEntryResponse>>> GetMyWaitlistAsync(Guid eventId, CancellationToken cancellationToken = default);

    Task<ApiResult<WaitlistEntryResponse>> JoinWaitlistAsync(Guid eventId, WaitlistRequest request, CancellationToken cancellationToken = default);

    Task<ApiResult<bool>> LeaveWaitlistAsync(Guid eventId, WaitlistRequest request, CancellationToken cancellationToken = default);

    Task<ApiResult<OrderResponse>> ClaimWaitlistOfferAsync(Guid entryId, CancellationToken cancellationToken = default);
}
