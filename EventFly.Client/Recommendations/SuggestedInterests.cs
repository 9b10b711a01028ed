namespace EventFly.Client.Recommendations;

/// <summary>The interests offered as chips when onboarding; anything else can be typed in.</summary>
public static class SuggestedInterests
{
    public static IReadOnlyList<string> All { get; } =
    [
        "music", "jazz", "rock", "tech", ".net", "ai", "startups", "food",
        "wine", "art", "theatre", "film", "sports", "running", "kids", "business",
    ];
}
