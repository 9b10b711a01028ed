using System.Net.Http.Json;
using EventFly.Client.Contracts;

namespace EventFly.Client.Api;

internal sealed class HttpFeedbackApi(HttpClient http) : IFeedbackApi
{
    public Task<ApiResult<MyFeedbackResponse>> GetMineAsync(Guid eventId, CancellationToken cancellationToken = default) =>
        GetAsync<MyFeedbackResponse>($"api/events/{eventId}/feedback/mine", cancellationToken);

    public async Task<ApiResult<FeedbackResponse>> SubmitAsync(Guid eventId, FeedbackRequest request, CancellationToken cancellationToken = default)
    {
        using var response = await http.PostAsJsonAsync($"api/events/{eventId}/feedback", request, cancellationToken);
        return await HttpApi.ReadAsync<FeedbackResponse>(response, cancellationToken);
    }

    public Task<ApiResult<PublicRatingResponse>> GetRatingAsync(Guid eventId, CancellationToken cancellationToken = default) =>
        GetAsync<PublicRatingResponse>($"api/events/{eventId}/rating", cancellationToken);

    public Task<ApiResult<PagedResponse<PublicFeedbackResponse>>> GetPublicAsync(Guid eventId, int page = 1, int pageSize = PagedQuery.DefaultPageSize,
        CancellationToken cancellationToken = default) =>
        GetAsync<PagedResponse<PublicFeedbackResponse>>($"api/events/{eventId}/feedback?page={page}&pageSize={pageSize}", cancellationToken);

    private async Task<ApiResult<T>> GetAsync<T>(string url, CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync(url, cancellationToken);
        return await HttpApi.ReadAsync<T>(response, cancellationToken);
    }
}
