namespace EventFly.Domain.Events;

/// <summary>The fixed list of categories discovery filters by; the API spells them in lower case.</summary>
public static class EventCategories
{
    public static IReadOnlyList<string> All { get; } =
        ["music", "conference", "workshop", "meetup", "sports", "arts", "food", "festival", "networking", "other"];

    public static bool IsKnown(string? category) => category is not null && All.Contains(category, StringComparer.Ordinal);
}
