using EventFly.Client.Api;
using EventFly.Client.Contracts;

namespace EventFly.Client.Tests;

/// <summary>The participant app's ticketing API as the tests set it up; what a test does not set up throws.</summary>
internal sealed class FakeTicketsApi : ITicketsApi
{
    public List<TicketTypeResponse> Types { get; set; } = [];

    public string? Failure { get; set; }

    public List<(OrderRequest Request, string Key)> Orders { get; } = [];

    public Task<ApiResult<List<TicketTypeResponse>>> GetTicketTypesAsync(Guid eventId, CancellationToken cancellationToken = default) =>
        Task.FromResult(ApiResult<List<TicketTypeResponse>>.Ok(Types));

    public Task<ApiResult<OrderResponse>> PlaceOrderAsync(Guid eventId, OrderRequest request, string idempotencyKey, CancellationToken cancellationToken = default)
    {
        Orders.Add((request, idempotencyKey));
        return Task.FromResult(ApiResult<OrderResponse>.Fail(Failure ?? "unexpected"));
    }

    public Task<ApiResult<List<WaitlistEntryResponse>>> GetMyWaitlistAsync(Guid eventId, CancellationToken cancellationToken = default) =>
        Task.FromResult(ApiResult<List<WaitlistEntryResponse>>.Ok([]));

    /// <summary>What each GET of an order answers, in turn (the last one again once they run out).</summary>
    public Queue<OrderResponse> OrderStates { get; } = new();

    public int OrderReads { get; private set; }

    /// <summary>How long each GET of an order takes (zero: it answers at once).</summary>
    public TimeSpan OrderReadDelay { get; set; }

    /// <summary>The token the last GET of an order was given.</summary>
    public CancellationToken LastOrderReadToken { get; private set; }

    public async Task<ApiResult<OrderResponse>> GetOrderAsync(Guid orderId, CancellationToken cancellationToken = default)
    {
        OrderReads++;
        LastOrderReadToken = cancellationToken;
        if (OrderReadDelay > TimeSpan.Zero) await Task.Delay(OrderReadDelay, cancellationToken);
        return ApiResult<OrderResponse>.Ok(OrderStates.Count > 1 ? OrderStates.Dequeue() : OrderStates.Peek());
    }

    public Task<ApiResult<OrderResponse>> CancelOrderAsync(Guid orderId, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<ApiResult<List<TicketResponse>>> GetMyTicketsAsync(CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<ApiResult<byte[]>> GetQrAsync(Guid ticketId, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<ApiResult<WaitlistEntryResponse>> JoinWaitlistAsync(Guid eventId, WaitlistRequest request, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public Task<ApiResult<bool>> LeaveWaitlistAsync(Guid eventId, WaitlistRequest request, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public Task<ApiResult<OrderResponse>> ClaimWaitlistOfferAsync(Guid entryId, CancellationToken cancellationToken = default) => throw new NotSupportedException();
}
