using EventFly.Services.Recommendations.Ranking;

namespace EventFly.Services.Recommendations.ReadModels;

/// <summary>
/// What one person did with one event, once per kind (the first and latest time): fed by integration events, so a
/// duplicate delivery changes nothing. A rating keeps its latest value.
/// </summary>
internal sealed class RecommendationInteraction(Guid userId, Guid eventId, InteractionKind kind, DateTimeOffset firstAt)
{
    public Guid UserId { get; private set; } = userId;

    public Guid EventId { get; private set; } = eventId;

    public InteractionKind Kind { get; private set; } = kind;

    public DateTimeOffset FirstAt { get; private set; } = firstAt;

    public DateTimeOffset LastAt { get; set; } = firstAt;

    public int? Rating { get; set; }
}

/// <summary>A model trained and stored (its file under the data folder); the newest is the one that ranks.</summary>
internal sealed class RecommendationModel
{
    public int Version { get; set; }

    public DateTimeOffset TrainedAt { get; set; }

    public int Users { get; set; }

    public int Interactions { get; set; }

    public int Rows { get; set; }

    public double Ndcg10 { get; set; }

    public double Precision10 { get; set; }

    public double Recall10 { get; set; }

    public double TrainingSeconds { get; set; }

    public required string FileName { get; set; }
}
