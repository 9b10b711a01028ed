using System.ComponentModel.DataAnnotations;

namespace EventFly.Client.Contracts;

/// <summary>
/// The query of <c>GET /api/me/recommendations</c>: how many (1..50, 10 by default) and the browser's location when the
/// participant allowed it (else the profile's).
/// </summary>
public sealed class RecommendationQuery : IValidatableObject
{
    public const int DefaultLimit = 10;

    [Range(1, 50)]
    public int? Limit { get; set; }

    [Range(-90, 90)]
    public double? Latitude { get; set; }

    [Range(-180, 180)]
    public double? Longitude { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Latitude.HasValue != Longitude.HasValue)
            yield return new ValidationResult("Give both latitude and longitude, or neither.", [Latitude.HasValue ? nameof(Longitude) : nameof(Latitude)]);
    }
}

/// <summary>The query of <c>GET /api/events/{id}/similar</c>: how many (1..50, 6 by default).</summary>
public sealed class SimilarQuery
{
    public const int DefaultLimit = 6;

    [Range(1, 50)]
    public int? Limit { get; set; }
}

/// <summary>One recommended (or similar) event: the event as search lists it, a score (higher first) and why, in words.</summary>
public sealed record RecommendationResponse(EventSearchItem Event, double Score, IReadOnlyList<string> Reasons);
