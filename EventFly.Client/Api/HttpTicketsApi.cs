using System.Net.Http.Json;
using EventFly.Client.Contracts;

namespace EventFly.Client.Api;

internal sealed class HttpTicketsApi(HttpClient http) : ITicketsApi
{
    public Task<ApiResult<List<TicketTypeResponse>>> GetTicketTypesAsync(Guid eventId, CancellationToken cancellationToken = default) =>
        GetAsync<List<TicketTypeResponse>>($"api/events/{eventId}/ticket-types", cancellationToken);

    public async Task<ApiResult<OrderResponse>> PlaceOrderAsync(Guid eventId, OrderRequest request, string idempotencyKey, CancellationToken cancellationToken = default)
    {
        using var message = new HttpRequestMessage(HttpMethod.Post, $"api/events/{eventId}/orders") { Content = JsonContent.Create(request) };
        message.Headers.Add("Idempotency-Key", idempotencyKey);
        using var response = await http.SendAsync(message, cancellationToken);
        return await HttpApi.ReadAsync<OrderResponse>(response, cancellationToken);
    }

    public Task<ApiResult<OrderResponse>> GetOrderAsync(Guid orderId, CancellationToken cancellationToken = default) =>
        GetAsync<OrderResponse>($"api/orders/{orderId}", cancellationToken);

    public async Task<ApiResult<OrderResponse>> CancelOrderAsync(Guid orderId, CancellationToken cancellationToken = default)
    {
        using var response = await http.PostAsync($"api/orders/{orderId}/cancel", null, cancellationToken);
        return await HttpApi.ReadAsync<OrderResponse>(response, cancellationToken);
    }

    public Task<ApiResult<List<TicketResponse>>> GetMyTicketsAsync(CancellationToken cancellationToken = default) =>
        GetAsync<List<TicketResponse>>("api/me/tickets", cancellationToken);

    public async Task<ApiResult<byte[]>> GetQrAsync(Guid ticketId, CancellationToken cancellationToken = default)
    {
        using var response = await http.GetAsync($"api/tickets/{ticketId}/qr.png", cancellationToken);
        return response.IsSuccessStatusCode
            ? ApiResult<byte[]>.Ok(await response.Content.ReadAsByteArrayAsync(cancellationToken))
            : ApiResult<byte[]>.Fail("The QR code could not be loaded.");
    }

    public Task<ApiResult<List<WaitlistEntryResponse>>> GetMyWaitlistAsync(Guid eventId, CancellationToken cancellationToken = default) =>
        GetAsync<List<WaitlistEntryResponse>>($"api/events/{eventId}/waitlist", cancellationToken);

    public async Task<ApiResult<WaitlistEntryResponse>> JoinWaitlistAsync(Guid eventId, WaitlistRequest request, CancellationToken cancellationToken = default)
    {
        using var response = await http.PostAsJsonAsync($"api/events/{eventId}/waitlist", request, cancellationToken);
        return await HttpApi.ReadAsync<WaitlistEntryResponse>(response, cancellationToken);
    }

    public async Task<ApiResult<bool>> LeaveWaitlistAsync(Guid eventId, WaitlistRequest request, CancellationToken cancellationToken = default)
    {
        using var message = new HttpRequestMessage(HttpMethod.Delete, $"api/events/{eventId}/waitlist") { Content = JsonContent.Create(request) };
        using var response = await http.SendAsync(message, cancellationToken);
        return await HttpApi.ReadAsync<bool>(response, cancellationToken);
    }

    public async Task<ApiResult<OrderResponse>> ClaimWaitlistOfferAsync(Guid entryId, CancellationToken cancellationToken = default)
    {
        using var response = await http.PostAsync($"api/waitlist/{entryId}/claim", null, cancellationToken);
        return await HttpApi.ReadAsync<OrderResponse>(response, cancellationToken);
    }

    private async Task<ApiResult<T>> GetAsync<T>(string url, CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync(url, cancellationToken);
        return await HttpApi.ReadAsync<T>(response, cancellationToken);
    }
}
