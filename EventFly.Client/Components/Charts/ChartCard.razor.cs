using System.Globalization;
using MudBlazor;
using MudBlazor.Charts;
using Microsoft.AspNetCore.Components;

namespace EventFly.Client.Components.Charts;

public partial class ChartCard
{
    private readonly string _titleId = "chart-" + Guid.NewGuid().ToString("N")[..8];
    private List<ChartSeries<double>> _series = [];
    private string[] _axisLabels = [];
    private IChartOptions _options = new BarChartOptions();

    [Parameter, EditorRequired] public string Title { get; set; } = "";

    /// <summary>What the chart shows, read out instead of the picture.</summary>
    [Parameter, EditorRequired] public string AriaLabel { get; set; } = "";

    /// <summary>A line under the title (a unit, a time zone).</summary>
    [Parameter] public string? Caption { get; set; }

    /// <summary>Line, Bar or Donut; a line of fewer than two points is drawn as a bar.</summary>
    [Parameter] public ChartType Type { get; set; } = ChartType.Bar;

    [Parameter] public ChartValues Data { get; set; } = ChartValues.Empty;

    /// <summary>The heading of the table's first column (what the labels are: day, time, ticket type).</summary>
    [Parameter] public string LabelHeader { get; set; } = "";

    [Parameter] public string EmptyText { get; set; } = "Nothing to show yet.";

    [Parameter] public string Height { get; set; } = "260px";

    /// <summary>At most this many labels along the axis (every n-th shown); the table has them all.</summary>
    [Parameter] public int MaxAxisLabels { get; set; } = 8;

    [Parameter] public bool ShowTable { get; set; }

    [Parameter] public EventCallback<bool> ShowTableChanged { get; set; }

    [Parameter] public string? TestId { get; set; }

    private ChartType Drawn => Type == ChartType.Line && Data.Labels.Count < 2 ? ChartType.Bar : Type;

    protected override void OnParametersSet()
    {
        // Areas first, so the lines are drawn over them; the table keeps the given order.
        var drawn = Data.Series.Where(s => !s.TableOnly).OrderByDescending(s => s.Area).ToList();
        _series = [.. drawn.Select(s => new ChartSeries<double> { Name = s.Name, Data = s.Values.ToArray() })];
        // An area fills down to the chart's bottom: only where that bottom is zero (no day below it, as a day of refunds can be).
        var areas = new Dictionary<IChartSeries, SeriesDisplayOverride>();
        var nothingBelowZero = drawn.All(s => s.Values.All(v => v >= 0));
        for (var i = 0; i < drawn.Count; i++)
            if (drawn[i].Area && nothingBelowZero)
                areas[_series[i]] = new SeriesDisplayOverride { LineDisplayType = LineDisplayType.Area, FillOpacity = 0.15, StrokeOpacity = 0.9 };
        var radial = Drawn is ChartType.Donut or ChartType.Pie;
        _axisLabels = radial ? [.. Data.Labels] : Thin(Data.Labels, MaxAxisLabels);
        var legend = radial || drawn.Count > 1;
        var step = TickStep(drawn.SelectMany(d => d.Values).DefaultIfEmpty(0).Max());
        _options = Drawn switch
        {
            ChartType.Line => new LineChartOptions
            {
                ChartPalette = ChartPalette.Colors, ShowLegend = legend, YAxisRequireZeroPoint = true, XAxisLines = false, YAxisTicks = step, MaxNumYAxisTicks = 7,
                ShowDataMarkers = Data.Labels.Count <= 31, SeriesDisplayOverrides = areas,
            },
            ChartType.Donut or ChartType.Pie => new DonutChartOptions { ChartPalette = ChartPalette.Colors, ShowLegend = legend },
            _ => new BarChartOptions { ChartPalette = ChartPalette.Colors, ShowLegend = legend, YAxisTicks = step, MaxNumYAxisTicks = 7 },
        };
    }

    /// <summary>A round spacing (1, 2 or 5 times a power of ten) for about five lines up to <paramref name="max"/>; small counts get a line per unit.</summary>
    internal static int TickStep(double max)
    {
        if (max <= 5) return 1;
        var rough = max / 5;
        var power = Math.Pow(10, Math.Floor(Math.Log10(rough)));
        var step = (rough / power) switch { <= 1 => 1, <= 2 => 2, <= 5 => 5, _ => 10 } * power;
        return (int)Math.Min(step, int.MaxValue);
    }

    /// <summary>Every n-th label, the others blank, so that at most <paramref name="max"/> are written along the axis.</summary>
    internal static string[] Thin(IReadOnlyList<string> labels, int max)
    {
        if (max <= 0 || labels.Count <= max) return [.. labels];
        var step = (int)Math.Ceiling(labels.Count / (double)max);
        return [.. labels.Select((label, i) => i % step == 0 ? label : "")];
    }

    private Task ToggleAsync()
    {
        ShowTable = !ShowTable;
        return ShowTableChanged.InvokeAsync(ShowTable);
    }

    private static string Cell(ChartSeriesData series, int row) =>
        row < series.Values.Count
            ? series.Values[row].ToString(series.Format, CultureInfo.InvariantCulture) + (series.Unit is null ? "" : " " + series.Unit)
            : "";
}
