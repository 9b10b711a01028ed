using EventFly.Client.Api;
using EventFly.Client.Contracts;
using EventFly.Services.Recommendations.Contracts;
using EventFly.Web.Endpoints;
using Microsoft.AspNetCore.Components.Authorization;

namespace EventFly.Web.Prerendering;

/// <summary>The server's <see cref="IRecommendationsApi"/> for prerendering: the same service calls, with the same caller, as the endpoints.</summary>
internal sealed class ServerRecommendationsApi(IRecommendationService recommendations, AuthenticationStateProvider authentication) : IRecommendationsApi
{
    public Task<ApiResult<IReadOnlyList<RecommendationResponse>>> GetForMeAsync(RecommendationQuery query, CancellationToken cancellationToken = default) =>
        ServerCalls.RunSignedInAsync(authentication, async actor => RecommendationEndpoints.ToResponses(
            await recommendations.GetForUserAsync(actor, RecommendationEndpoints.RequestOf(query), cancellationToken)));

    public Task<ApiResult<bool>> DismissAsync(Guid eventId, CancellationToken cancellationToken = default) =>
        ServerCalls.RunSignedInAsync(authentication, async actor =>
        {
            await recommendations.DismissAsync(actor, eventId, cancellationToken);
            return true;
        });

    public Task<ApiResult<IReadOnlyList<RecommendationResponse>>> GetSimilarAsync(Guid eventId, int limit, CancellationToken cancellationToken = default) =>
        ServerCalls.RunAsync(authentication, async _ => RecommendationEndpoints.ToResponses(await recommendations.GetSimilarAsync(eventId, limit, cancellationToken)));
}
