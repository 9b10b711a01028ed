using EventFly.Client.Contracts;

namespace EventFly.Client.Api;

/// <summary>Recommended and similar events: over HTTP in the browser, directly on the server when prerendering.</summary>
public interface IRecommendationsApi
{
    /// <summary>The signed-in participant's recommendations, best first; near the query's location when it has one, else the profile's.</summary>
    Task<ApiResult<IReadOnlyList<RecommendationResponse>>> GetForMeAsync(RecommendationQuery query, CancellationToken cancellationToken = default);

    /// <summary>"Not interested": the event is never recommended to the participant again.</summary>
    Task<ApiResult<bool>> DismissAsync(Guid eventId, CancellationToken cancellationToken = default);

    /// <summary>Upcoming events like this one, for anyone.</summary>
    Task<ApiResult<IReadOnlyList<RecommendationResponse>>> GetSimilarAsync(Guid eventId, int limit, CancellationToken cancellationToken = default);
}
