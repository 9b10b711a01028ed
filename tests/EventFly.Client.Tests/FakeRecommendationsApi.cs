using EventFly.Client.Api;
using EventFly.Client.Contracts;

namespace EventFly.Client.Tests;

/// <summary>The recommendations API as a test sets it up, remembering what it was asked.</summary>
internal sealed class FakeRecommendationsApi : IRecommendationsApi
{
    /// <summary>What GET /api/me/recommendations answers (the events still not dismissed).</summary>
    public List<RecommendationResponse> ForMe { get; set; } = [];

    /// <summary>When set, GET /api/me/recommendations fails with it.</summary>
    public string? ForMeFailure { get; set; }

    public List<RecommendationQuery> ForMeQueries { get; } = [];

    public List<RecommendationResponse> Similar { get; set; } = [];

    public List<(Guid EventId, int Limit)> SimilarQueries { get; } = [];

    public List<Guid> Dismissed { get; } = [];

    public Task<ApiResult<IReadOnlyList<RecommendationResponse>>> GetForMeAsync(RecommendationQuery query, CancellationToken cancellationToken = default)
    {
        ForMeQueries.Add(query);
        return Task.FromResult(ForMeFailure is { } failure
            ? ApiResult<IReadOnlyList<RecommendationResponse>>.Fail(failure)
            : ApiResult<IReadOnlyList<RecommendationResponse>>.Ok([.. ForMe.Where(r => !Dismissed.Contains(r.Event.Id))]));
    }

    public Task<ApiResult<bool>> DismissAsync(Guid eventId, CancellationToken cancellationToken = default)
    {
        Dismissed.Add(eventId);
        return Task.FromResult(ApiResult<bool>.Ok(true));
    }

    public Task<ApiResult<IReadOnlyList<RecommendationResponse>>> GetSimilarAsync(Guid eventId, int limit, CancellationToken cancellationToken = default)
    {
        SimilarQueries.Add((eventId, limit));
        return Task.FromResult(ApiResult<IReadOnlyList<RecommendationResponse>>.Ok(Similar));
    }

    public static RecommendationResponse Item(string name, double score, params string[] reasons) =>
        new(new EventSearchItem(Guid.NewGuid(), name, DateTimeOffset.UtcNow.AddDays(7), DateTimeOffset.UtcNow.AddDays(7).AddHours(3), "Europe/Berlin",
                "music", new VenueResponse("Moritzbastei", "Kurt-Masur-Platz 1", "Leipzig", 51.3376, 12.3789), false, null,
                new MoneyResponse(12m, "EUR"), null, "Jazz Club Leipzig"),
            score, reasons);
}
