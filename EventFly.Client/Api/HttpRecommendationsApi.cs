using System.Globalization;
using EventFly.Client.Contracts;

namespace EventFly.Client.Api;

internal sealed class HttpRecommendationsApi(HttpClient http) : IRecommendationsApi
{
    public Task<ApiResult<IReadOnlyList<RecommendationResponse>>> GetForMeAsync(RecommendationQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        return GetListAsync("api/me/recommendations" + ToQueryString(query), cancellationToken);
    }

    public async Task<ApiResult<bool>> DismissAsync(Guid eventId, CancellationToken cancellationToken = default)
    {
        try
        {
            using var response = await http.PostAsync($"api/me/recommendations/{eventId}/dismiss", content: null, cancellationToken);
            return await HttpApi.ReadAsync<bool>(response, cancellationToken);
        }
        catch (HttpRequestException)
        {
            return ApiResult<bool>.Fail(Offline);
        }
    }

    public Task<ApiResult<IReadOnlyList<RecommendationResponse>>> GetSimilarAsync(Guid eventId, int limit, CancellationToken cancellationToken = default) =>
        GetListAsync(string.Create(CultureInfo.InvariantCulture, $"api/events/{eventId}/similar?limit={limit}"), cancellationToken);

    internal static string ToQueryString(RecommendationQuery query)
    {
        var parts = new List<string> { string.Create(CultureInfo.InvariantCulture, $"limit={query.Limit ?? RecommendationQuery.DefaultLimit}") };
        if (query is { Latitude: { } latitude, Longitude: { } longitude })
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"latitude={latitude}"));
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"longitude={longitude}"));
        }
        return "?" + string.Join('&', parts);
    }

    private const string Offline = "EventFly could not be reached. Check your connection and try again.";

    private async Task<ApiResult<IReadOnlyList<RecommendationResponse>>> GetListAsync(string url, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await http.GetAsync(url, cancellationToken);
            var result = await HttpApi.ReadAsync<List<RecommendationResponse>>(response, cancellationToken);
            return result.Value is { } list
                ? ApiResult<IReadOnlyList<RecommendationResponse>>.Ok(list)
                : ApiResult<IReadOnlyList<RecommendationResponse>>.Fail(result.Error ?? "The server sent an empty answer.", result.FieldErrors)
                    with { Code = result.Code, Status = result.Status };
        }
        catch (HttpRequestException)
        {
            // Offline or the host is restarting: a message for the page, not an exception.
            return ApiResult<IReadOnlyList<RecommendationResponse>>.Fail(Offline);
        }
    }
}
