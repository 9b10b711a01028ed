namespace EventFly.Domain.Events;

public enum EventStatus
{
    Draft,
    Published,
    Cancelled,
}

public enum EventVisibility
{
    Public,
    Unlisted,
}

/// <summary>Everything an organizer edits about an event, checked as a whole (end after start, a venue or a URL…).</summary>
public sealed record EventDetails(
    string Name,
    string? DescriptionMarkdown,
    string Category,
    IReadOnlyList<string> Tags,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    string TimeZone,
    Venue? Venue,
    string? OnlineUrl,
    EventVisibility Visibility);
