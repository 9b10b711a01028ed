using EventFly.Services.Recommendations.Ranking;

namespace EventFly.Services.Recommendations;

/// <summary>
/// The ranker every request uses: the newest trained model once one is loaded, the cold-start ranker until then. A new
/// model replaces the old one in a single reference swap, so a request in flight finishes with the ranker it started with.
/// </summary>
internal sealed class CurrentRanker(IEventRanker coldStart)
{
    private volatile Loaded? _model;

    public IEventRanker Ranker => _model?.Ranker ?? coldStart;

    /// <summary>The loaded model's version; null while the cold-start ranker answers.</summary>
    public int? Version => _model?.Version;

    public void Swap(IEventRanker model, int version) => _model = new Loaded(model, version);

    private sealed record Loaded(IEventRanker Ranker, int Version);
}
