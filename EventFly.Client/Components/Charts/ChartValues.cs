namespace EventFly.Client.Components.Charts;

/// <summary>What a <see cref="ChartCard"/> shows: the labels along its axis (or its segments) and the series over them.</summary>
public sealed record ChartValues(IReadOnlyList<string> Labels, IReadOnlyList<ChartSeriesData> Series)
{
    public static ChartValues Empty { get; } = new([], []);

    /// <summary>Nothing to draw: no labels, or every drawn value zero.</summary>
    public bool IsEmpty => Labels.Count == 0 || !Series.Any(s => !s.TableOnly && s.Values.Any(v => v != 0));
}
