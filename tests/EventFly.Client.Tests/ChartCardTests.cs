using Bunit;
using EventFly.Client.Components.Charts;
using EventFly.Client.Layout;
using MudBlazor;
using MudBlazor.Interop;

namespace EventFly.Client.Tests;

public sealed class ChartCardTests : MudBlazorTestContext
{
    private static readonly ChartValues Sales = new(["1 Mar", "2 Mar", "3 Mar"],
    [
        new ChartSeriesData("Sold", [4, 0, 12]),
        new ChartSeriesData("Cumulative", [4, 4, 16]),
        new ChartSeriesData("Revenue", [1234.5, 0, 88], "N2", "EUR", TableOnly: true),
    ]);

    // The charts fit their drawing to the size of their box, which the browser reports; here, a box of 640 by 260.
    public ChartCardTests() =>
        JSInterop.Setup<ElementSize>("mudObserveElementSize", _ => true).SetResult(new ElementSize { Width = 640, Height = 260 });

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Chart_IsLabelled_AndDrawsItsSeriesInTheThemesPalette(bool dark)
    {
        var theme = Render<MudThemeProvider>(p => p.Add(x => x.Theme, EventFlyTheme.Theme).Add(x => x.IsDarkMode, dark));

        var cut = Render<ChartCard>(p => p.Add(x => x.Title, "Tickets per day").Add(x => x.AriaLabel, "Line chart of tickets sold per day")
            .Add(x => x.Type, ChartType.Line).Add(x => x.Data, Sales));

        // The theme provider sets the palette's variables for the mode; the chart refers to them, so it follows the mode.
        var palette = dark ? EventFlyTheme.Theme.PaletteDark : EventFlyTheme.Theme.PaletteLight;
        Assert.Contains($"--mud-palette-primary: {palette.Primary}", theme.Markup, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("Tickets per day", cut.Find("figure h2").TextContent);
        Assert.Equal(cut.Find("figure h2").Id, cut.Find("figure").GetAttribute("aria-labelledby"));
        Assert.Equal("Line chart of tickets sold per day", cut.Find("[role=img][data-testid=chart]").GetAttribute("aria-label"));
        var strokes = cut.FindAll("svg .mud-chart-line").Select(l => l.GetAttribute("stroke")).ToList();
        Assert.Equal(["var(--mud-palette-primary)", "var(--mud-palette-secondary)"], strokes);
    }

    [Fact]
    public void TableToggle_ShowsEveryNumber_IncludingTheTableOnlySeries()
    {
        var cut = Render<ChartCard>(p => p.Add(x => x.Title, "Tickets per day").Add(x => x.AriaLabel, "Tickets").Add(x => x.Type, ChartType.Line)
            .Add(x => x.Data, Sales).Add(x => x.LabelHeader, "Day"));
        Assert.Empty(cut.FindAll("[data-testid=chart-table]"));

        cut.Find("[data-testid=chart-table-toggle]").Click();

        Assert.Equal("true", cut.Find("[data-testid=chart-table-toggle]").GetAttribute("aria-pressed"));
        Assert.Empty(cut.FindAll("[data-testid=chart]"));
        var table = cut.Find("[data-testid=chart-table]");
        Assert.Equal(["Day", "Sold", "Cumulative", "Revenue"], table.QuerySelectorAll("thead th").Select(h => h.TextContent));
        var rows = table.QuerySelectorAll("tbody tr").Select(r => string.Join("|", r.Children.Select(c => c.TextContent))).ToList();
        Assert.Equal(["1 Mar|4|4|1,234.50 EUR", "2 Mar|0|4|0.00 EUR", "3 Mar|12|16|88.00 EUR"], rows);

        cut.Find("[data-testid=chart-table-toggle]").Click();

        Assert.Single(cut.FindAll("[data-testid=chart]"));
    }

    [Fact]
    public void NothingToDraw_ShowsTheEmptyText_WithoutATableToggle()
    {
        var zeros = new ChartValues(["Posts", "Comments"], [new ChartSeriesData("Count", [0, 0])]);

        var cut = Render<ChartCard>(p => p.Add(x => x.Title, "Engagement").Add(x => x.AriaLabel, "Engagement").Add(x => x.Data, zeros)
            .Add(x => x.EmptyText, "No posts yet."));

        Assert.Equal("No posts yet.", cut.Find("[data-testid=chart-empty]").TextContent.Trim());
        Assert.Empty(cut.FindAll("[data-testid=chart-table-toggle]"));
        Assert.Empty(cut.FindAll("svg.mud-chart-bar, svg.mud-chart-line"));
    }

    [Fact]
    public void LineOfOnePoint_IsDrawnAsABar()
    {
        var oneDay = new ChartValues(["5 Mar"], [new ChartSeriesData("Sold", [7])]);

        var cut = Render<ChartCard>(p => p.Add(x => x.Title, "Tickets").Add(x => x.AriaLabel, "Tickets").Add(x => x.Type, ChartType.Line).Add(x => x.Data, oneDay));

        Assert.Single(cut.FindAll("svg .mud-chart-bar"));
        Assert.Empty(cut.FindAll("svg .mud-chart-line"));
    }

    [Fact]
    public void Donut_HasASegmentPerLabel_AndALegend()
    {
        var types = new ChartValues(["Standing", "VIP lounge", "Free"], [new ChartSeriesData("Sold", [19, 4, 2])]);

        var cut = Render<ChartCard>(p => p.Add(x => x.Title, "By ticket type").Add(x => x.AriaLabel, "Donut").Add(x => x.Type, ChartType.Donut).Add(x => x.Data, types));

        Assert.Equal(["var(--mud-palette-primary)", "var(--mud-palette-secondary)", "var(--mud-palette-tertiary)"],
            cut.FindAll("svg.mud-chart-donut .mud-chart-serie").Select(s => s.GetAttribute("fill")));
        Assert.Contains("VIP lounge", cut.Find(".mud-chart-legend").TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(8, 5, 5)]
    [InlineData(8, 20, 7)]
    [InlineData(8, 30, 8)]
    [InlineData(16, 96, 16)]
    public void Thin_WritesEveryNthLabel_AtMostTheMaximum(int max, int count, int written)
    {
        var labels = Enumerable.Range(1, count).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();

        var thinned = ChartCard.Thin(labels, max);

        Assert.Equal(count, thinned.Length);
        Assert.Equal(written, thinned.Count(l => l.Length > 0));
        Assert.Equal("1", thinned[0]);
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(5, 1)]
    [InlineData(23, 5)]
    [InlineData(140, 50)]
    [InlineData(522, 200)]
    [InlineData(1000, 200)]
    public void TickStep_IsRound_ForAboutFiveLines(double max, int step) => Assert.Equal(step, ChartCard.TickStep(max));

    [Fact]
    public void KpiCard_ShowsLabelValueAndDetail()
    {
        var cut = Render<KpiCard>(p => p.Add(x => x.Label, "Tickets sold").Add(x => x.Value, "1,204").Add(x => x.Detail, "96 orders").Add(x => x.TestId, "kpi-tickets"));

        Assert.Equal("Tickets sold", cut.Find("[data-testid=kpi-tickets]").GetAttribute("aria-label"));
        Assert.Equal("1,204", cut.Find("[data-testid=kpi-value]").TextContent);
        Assert.Contains("96 orders", cut.Markup, StringComparison.Ordinal);
    }
}
