namespace EventFly.Client.Components.Charts;

/// <summary>
/// One named row of numbers for a <see cref="ChartCard"/>, a value per label. <paramref name="Format"/> and
/// <paramref name="Unit"/> are how its table shows them; a <paramref name="TableOnly"/> series adds a column to the
/// table without being drawn (a count's share, a revenue beside the tickets). On a line chart an <paramref name="Area"/>
/// series is a lightly filled area (a running total under the daily line), or a plain line when some value is below zero.
/// </summary>
public sealed record ChartSeriesData(string Name, IReadOnlyList<double> Values, string Format = "N0", string? Unit = null, bool TableOnly = false,
    bool Area = false);
