using EventFly.Client.Contracts;

namespace EventFly.Client.Api;

/// <summary>Giving and reading feedback on events: over HTTP in the browser, directly on the server when prerendering.</summary>
public interface IFeedbackApi
{
    Task<ApiResult<MyFeedbackResponse>> GetMineAsync(Guid eventId, CancellationToken cancellationToken = default);

    Task<ApiResult<FeedbackResponse>> SubmitAsync(Guid eventId, FeedbackRequest request, CancellationToken cancellationToken = default);

    Task<ApiResult<PublicRatingResponse>> GetRatingAsync(Guid eventId, CancellationToken cancellationToken = default);

    Task<ApiResult<PagedResponse<PublicFeedbackResponse>>> GetPublicAsync(Guid eventId, int page = 1, int pageSize = PagedQuery.DefaultPageSize,
        CancellationToken cancellationToken = default);
}
