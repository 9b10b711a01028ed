namespace EventFly.Services.Recommendations;

/// <summary><c>EventFly:Recommendations</c> in configuration.</summary>
public sealed class RecommendationOptions
{
    public const string Section = "EventFly:Recommendations";

    /// <summary>How old the shared candidate list may get before a request reads it afresh (60 s; tests use 0).</summary>
    public int CatalogMaxAgeSeconds { get; set; } = 60;
}
