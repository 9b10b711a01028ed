using System.Net.Http.Json;
using EventFly.Client.Contracts;

namespace EventFly.Client.Api;

/// <summary>
/// Over HTTP; with no network the call fails as an <see cref="ApiResult{T}"/> (never an exception), so the door scanner
/// keeps its queue and tries again later.
/// </summary>
internal sealed class HttpDoorApi(HttpClient http) : IDoorApi
{
    public const string NoNetwork = "no_network";

    public Task<ApiResult<DoorListResponse>> GetDoorListAsync(Guid eventId, CancellationToken cancellationToken = default) =>
        SendAsync<DoorListResponse>(() => http.GetAsync($"api/events/{eventId}/checkins/door-list", cancellationToken), cancellationToken);

    public Task<ApiResult<OfflineScanBatchResponse>> SyncAsync(Guid eventId, OfflineScanBatchRequest batch, CancellationToken cancellationToken = default) =>
        SendAsync<OfflineScanBatchResponse>(() => http.PostAsJsonAsync($"api/events/{eventId}/checkins/batch", batch, cancellationToken), cancellationToken);

    private static async Task<ApiResult<T>> SendAsync<T>(Func<Task<HttpResponseMessage>> send, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await send();
            return await HttpApi.ReadAsync<T>(response, cancellationToken);
        }
        catch (HttpRequestException)
        {
            return ApiResult<T>.Fail("No connection to the server.") with { Code = NoNetwork };
        }
    }
}
