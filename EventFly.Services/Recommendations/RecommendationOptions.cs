namespace EventFly.Services.Recommendations;

/// <summary><c>EventFly:Recommendations</c> in configuration.</summary>
internal sealed class RecommendationOptions
{
    public const string Section = "EventFly:Recommendations";

    /// <summary>How old the shared candidate list may get before a request reads it afresh (60 s; tests use 0).</summary>
    public int CatalogMaxAgeSeconds { get; set; } = 60;

    /// <summary>
    /// Fewer people with history than this and no model is trained: on a handful of people a model learns their
    /// coincidences (the demo's 65 people ranked a market 500 km away first for a Berliner), the cold start does better.
    /// </summary>
    public int MinTrainingUsers { get; set; } = 200;

    /// <summary>
    /// How often a new model is trained by itself, in hours (24; 0: only from the admin area's "train now", as in the
    /// tests, whose asserted orders would otherwise change whenever a host stays up long enough to train).
    /// </summary>
    public int TrainEveryHours { get; set; } = 24;
}
