using EventFly.Domain.Common;
using EventFly.Services.Common;
using EventFly.Services.Events.Contracts;

namespace EventFly.Services.Recommendations.Contracts;

/// <summary>Events suggested to a participant, and events like a given one, each with its reasons in words.</summary>
public interface IRecommendationService
{
    /// <summary>
    /// Upcoming public events on sale for a signed-in participant, best first: near them (the given location, else the
    /// profile's), matching their interests and what they did; never one they booked or dismissed.
    /// </summary>
    Task<IReadOnlyList<Recommendation>> GetForUserAsync(Actor actor, RecommendationRequest request, CancellationToken cancellationToken);

    /// <summary>Upcoming public events on sale like <paramref name="eventId"/> (404 <c>unknown_event</c> for an unknown or non-public one).</summary>
    Task<IReadOnlyList<Recommendation>> GetSimilarAsync(Guid eventId, int limit, CancellationToken cancellationToken);

    /// <summary>"Not interested": the event is never recommended to the caller again (404 <c>unknown_event</c> for an unknown or non-public one).</summary>
    Task DismissAsync(Actor actor, Guid eventId, CancellationToken cancellationToken);
}

/// <summary>How many (1..50) and where the participant is now, when their browser says so.</summary>
public sealed record RecommendationRequest(int Limit, double? Latitude = null, double? Longitude = null);

/// <summary>A suggested event with its lowest price on sale, its distance from the participant (null when unknown or online), score and reasons.</summary>
public sealed record Recommendation(EventCatalogEntry Event, Money MinPrice, double? DistanceKm, double Score, IReadOnlyList<string> Reasons);

/// <summary>The recommendation model: trained in the background (nightly, or when an admin asks), swapped in without a restart.</summary>
public interface IRecommendationTraining
{
    /// <summary>
    /// Trains a model on every interaction so far, stores it as the next version and makes it current; null (nothing
    /// trained) while fewer people than <c>EventFly:Recommendations:MinTrainingUsers</c> have any history.
    /// </summary>
    Task<RecommendationModelInfo?> TrainAsync(CancellationToken cancellationToken);

    /// <summary>The model that ranks now (null: the cold-start ranker answers) and the versions before it, newest first.</summary>
    Task<IReadOnlyList<RecommendationModelInfo>> ListModelsAsync(CancellationToken cancellationToken);
}

/// <summary>Starts training as a background job for a platform admin (403 otherwise); answers the status either way.</summary>
public interface IRecommendationTrainingJob
{
    RecommendationTrainingStatus Status { get; }

    RecommendationTrainingStatus Start(Actor actor);
}

public sealed record RecommendationModelInfo(
    int Version, DateTimeOffset TrainedAt, int Users, int Interactions, int Rows, double Ndcg10, double Precision10, double Recall10, double TrainingSeconds, bool Current);

public sealed record RecommendationTrainingStatus(bool Running, DateTimeOffset? StartedAt, DateTimeOffset? FinishedAt, RecommendationModelInfo? Last, string? Error);
