using System.ComponentModel.DataAnnotations;

namespace EventFly.Client.Contracts;

/// <summary>The categories discovery filters by (the same list as the server's domain; a test keeps them equal).</summary>
public static class EventCategoryNames
{
    public static IReadOnlyList<string> All { get; } =
        ["music", "conference", "workshop", "meetup", "sports", "arts", "food", "festival", "networking", "other"];
}

public sealed class VenueDto
{
    [Required, StringLength(200)]
    public string Name { get; set; } = "";

    [StringLength(200)]
    public string? Address { get; set; }

    [Required, StringLength(200)]
    public string City { get; set; } = "";

    [Required, Range(-90, 90, ErrorMessage = "Latitude must be between -90 and 90.")]
    public double? Latitude { get; set; }

    [Required, Range(-180, 180, ErrorMessage = "Longitude must be between -180 and 180.")]
    public double? Longitude { get; set; }
}

/// <summary><c>POST /api/organizations/{orgId}/events</c> and <c>PUT /api/events/{eventId}</c>.</summary>
public sealed class EventRequest : IValidatableObject
{
    [Required, StringLength(150, MinimumLength = 1)]
    public string Name { get; set; } = "";

    /// <summary>Markdown.</summary>
    [StringLength(20_000)]
    public string? Description { get; set; }

    [Required]
    public string Category { get; set; } = "other";

    public List<string> Tags { get; set; } = [];

    [Required]
    public DateTimeOffset? StartsAt { get; set; }

    [Required]
    public DateTimeOffset? EndsAt { get; set; }

    /// <summary>IANA id, e.g. Europe/Berlin.</summary>
    [Required]
    public string TimeZone { get; set; } = "UTC";

    public VenueDto? Venue { get; set; }

    public bool Online { get; set; }

    [Url(ErrorMessage = "Give a full http(s) address."), StringLength(500)]
    public string? OnlineUrl { get; set; }

    /// <summary><c>public</c> (found by search) or <c>unlisted</c> (only by link).</summary>
    public string Visibility { get; set; } = "public";

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (StartsAt is { } start && EndsAt is { } end && end <= start)
            yield return new ValidationResult("The event must end after it starts.", [nameof(EndsAt)]);
        if (!EventCategoryNames.All.Contains(Category))
            yield return new ValidationResult($"Choose one of: {string.Join(", ", EventCategoryNames.All)}.", [nameof(Category)]);
        if (Online && string.IsNullOrWhiteSpace(OnlineUrl))
            yield return new ValidationResult("An online event needs its URL.", [nameof(OnlineUrl)]);
        if (!Online && Venue is null)
            yield return new ValidationResult("An in-person event needs a venue.", [nameof(Venue)]);
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(TimeZone ?? "", out _))
            yield return new ValidationResult("Unknown time zone; use an IANA id such as Europe/Berlin.", [nameof(TimeZone)]);
        if (Visibility is not ("public" or "unlisted"))
            yield return new ValidationResult("Visibility is public or unlisted.", [nameof(Visibility)]);
        if (Tags.Count > 10 || Tags.Any(t => t.Trim().Length > 30))
            yield return new ValidationResult("At most 10 tags of at most 30 characters.", [nameof(Tags)]);
    }
}

public sealed record VenueResponse(string Name, string? Address, string City, double Latitude, double Longitude);

public sealed record EventResponse(
    Guid Id,
    Guid OrganizationId,
    string OrganizationName,
    string Name,
    string? Description,
    string DescriptionHtml,
    string Category,
    IReadOnlyList<string> Tags,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    string TimeZone,
    VenueResponse? Venue,
    bool Online,
    string? OnlineUrl,
    string Visibility,
    EventState Status,
    string? ImageUrl,
    DateTimeOffset CreatedAt,
    DateTimeOffset? PublishedAt);

/// <summary>One hit of <c>GET /api/events</c>; <c>minPrice</c> is null until ticketing exists.</summary>
public sealed record EventSearchItem(
    Guid Id, string Name, DateTimeOffset StartsAt, DateTimeOffset EndsAt, string TimeZone, string Category, VenueResponse? Venue, bool Online,
    double? DistanceKm, MoneyResponse? MinPrice, string? ImageUrl, string OrganizationName);

public sealed record MoneyResponse(decimal Amount, string Currency);

public sealed record PagedResponse<T>(IReadOnlyList<T> Items, int Total);

/// <summary>The paging of a list's query: <c>page</c> from 1 (default 1), <c>pageSize</c> 1–100 (default 20).</summary>
public abstract class PagedQuery
{
    public const int DefaultPageSize = 20;

    public const int MaxPageSize = 100;

    [Range(1, 10_000)]
    public int? Page { get; set; }

    [Range(1, 100, ErrorMessage = "pageSize is between 1 and 100.")]
    public int? PageSize { get; set; }
}

/// <summary>The query of <c>GET /api/events</c>.</summary>
public sealed class EventSearchQuery : PagedQuery, IValidatableObject
{
    public const int MaxRadiusKm = 500;

    [StringLength(100)]
    public string? Q { get; set; }

    public string? Category { get; set; }

    public DateTimeOffset? From { get; set; }

    public DateTimeOffset? To { get; set; }

    [Range(-90, 90)]
    public double? Lat { get; set; }

    [Range(-180, 180)]
    public double? Lng { get; set; }

    [Range(0.1, MaxRadiusKm, ErrorMessage = "The radius is between 0.1 and 500 km.")]
    public double? RadiusKm { get; set; }

    /// <summary><c>date</c> (default) or <c>distance</c> (needs lat and lng).</summary>
    public string? Sort { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Lat.HasValue != Lng.HasValue)
            yield return new ValidationResult("Give both lat and lng, or neither.", [Lat.HasValue ? nameof(Lng) : nameof(Lat)]);
        if ((RadiusKm.HasValue || Sort == "distance") && !Lat.HasValue)
            yield return new ValidationResult("Searching by distance needs lat and lng.", [nameof(Lat)]);
        if (Category is not null && !EventCategoryNames.All.Contains(Category))
            yield return new ValidationResult($"Choose one of: {string.Join(", ", EventCategoryNames.All)}.", [nameof(Category)]);
        if (Sort is not (null or "date" or "distance"))
            yield return new ValidationResult("Sort by date or distance.", [nameof(Sort)]);
        if (From is { } from && To is { } to && to < from)
            yield return new ValidationResult("'to' is before 'from'.", [nameof(To)]);
    }
}
