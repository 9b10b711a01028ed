using EventFly.Domain.Common;
using EventFly.Domain.Events;

namespace EventFly.Services.Events.Contracts;

/// <summary>An event as visitors and staff see it: <see cref="Ended"/> is a published event whose end has passed.</summary>
public enum EventState
{
    Draft,
    Published,
    Ended,
    Cancelled,
}

/// <summary>An event as the API and pages show it.</summary>
public sealed record EventView(
    Guid Id,
    Guid OrganizationId,
    string OrganizationName,
    string Name,
    string? DescriptionMarkdown,
    string DescriptionHtml,
    string Category,
    IReadOnlyList<string> Tags,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    string TimeZone,
    Venue? Venue,
    bool IsOnline,
    string? OnlineUrl,
    EventVisibility Visibility,
    EventState Status,
    string? CoverImage,
    DateTimeOffset CreatedAt,
    DateTimeOffset? PublishedAt)
{
    /// <summary>The venue as one line ("Hall, Berlin"); null for online events. For other contexts' texts, which must not name the domain's <c>Venue</c>.</summary>
    public string? Place => Venue is { } venue ? $"{venue.Name}, {venue.City}" : null;
}

/// <summary>An event as other contexts need it: <see cref="Status"/> as in <see cref="EventView"/>.</summary>
public sealed record EventSummary(Guid Id, Guid OrganizationId, string Name, EventState Status, DateTimeOffset StartsAt, DateTimeOffset EndsAt, string TimeZone);

/// <summary>
/// An event as a catalog for matching lists it: its words (the description as plain text), place, time and state,
/// cheaply (no HTML). Public events only, unless asked for by id.
/// </summary>
public sealed record EventCatalogEntry(
    Guid Id, Guid OrganizationId, string OrganizationName, string Name, string Description, string Category, IReadOnlyList<string> Tags,
    DateTimeOffset StartsAt, DateTimeOffset EndsAt, string TimeZone, Venue? Venue, bool IsOnline, string? CoverImage, EventState Status, bool IsPublic)
{
    /// <summary>The venue's position; null for online events. For other contexts, which must not name the domain's <c>Venue</c>.</summary>
    public GeoPoint? Location => Venue?.Location;
}

public sealed record EventSearch(
    string? Text,
    string? Category,
    DateTimeOffset? From,
    DateTimeOffset? To,
    double? Latitude,
    double? Longitude,
    double? RadiusKm,
    string Sort,
    int Page,
    int PageSize);

public sealed record EventSearchHit(
    Guid Id, string Name, DateTimeOffset StartsAt, DateTimeOffset EndsAt, string TimeZone, string Category, Venue? Venue, bool IsOnline,
    double? DistanceKm, string? CoverImage, string OrganizationName);
