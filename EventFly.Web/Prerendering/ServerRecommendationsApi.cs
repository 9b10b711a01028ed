using EventFly.Client.Api;
using EventFly.Client.Contracts;

namespace EventFly.Web.Prerendering;

/// <summary>
/// The server's <see cref="IRecommendationsApi"/> for prerendering. The participant app loads recommendations and similar
/// events only once interactive, so this answers what a prerender would show before that: nothing.
/// </summary>
internal sealed class ServerRecommendationsApi : IRecommendationsApi
{
    // TODO(recommendations): call IRecommendationService (with the caller as Actor) once it is there.
    public Task<ApiResult<IReadOnlyList<RecommendationResponse>>> GetForMeAsync(RecommendationQuery query, CancellationToken cancellationToken = default) =>
        Task.FromResult(ApiResult<IReadOnlyList<RecommendationResponse>>.Ok([]));

    // TODO(recommendations): call IRecommendationService.
    public Task<ApiResult<bool>> DismissAsync(Guid eventId, CancellationToken cancellationToken = default) =>
        Task.FromResult(ApiResult<bool>.Ok(true));

    // TODO(recommendations): call IRecommendationService.
    public Task<ApiResult<IReadOnlyList<RecommendationResponse>>> GetSimilarAsync(Guid eventId, int limit, CancellationToken cancellationToken = default) =>
        Task.FromResult(ApiResult<IReadOnlyList<RecommendationResponse>>.Ok([]));
}
