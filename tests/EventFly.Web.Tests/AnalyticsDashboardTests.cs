using Bunit;
using EventFly.Client.Layout;
using EventFly.Services.Analytics.Contracts;
using EventFly.Web.Components.Analytics;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Interop;
using MudBlazor.Services;

namespace EventFly.Web.Tests;

/// <summary>The portal's dashboards with sample records (no services): what a user reads off them, in light and dark.</summary>
public sealed class AnalyticsDashboardTests : BunitContext
{
    public AnalyticsDashboardTests()
    {
        Services.AddMudServices();
        Services.AddSingleton(TimeProvider.System);
        JSInterop.Mode = JSRuntimeMode.Loose;
        // The charts fit their drawing to the size of their box, which the browser reports.
        JSInterop.Setup<ElementSize>("mudObserveElementSize", _ => true).SetResult(new ElementSize { Width = 640, Height = 260 });
        Render<MudPopoverProvider>();
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void EventDashboard_ShowsItsKpisAndCharts_InBothThemes(bool dark)
    {
        var theme = Render<MudThemeProvider>(p => p.Add(x => x.Theme, EventFlyTheme.Theme).Add(x => x.IsDarkMode, dark));

        var cut = Render<EventAnalyticsView>(p => p.Add(x => x.Analytics, AnalyticsSamples.Event()).Add(x => x.Ended, true));

        var palette = dark ? EventFlyTheme.Theme.PaletteDark : EventFlyTheme.Theme.PaletteLight;
        Assert.Contains($"--mud-palette-primary: {palette.Primary}", theme.Markup, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("1,204", Kpi(cut, "tickets"));
        Assert.Equal("21,654.00 EUR", Kpi(cut, "revenue"));
        Assert.Contains("Gross 21,690.00 EUR · refunds 36.00 EUR", cut.Find("[data-testid=kpi-revenue]").TextContent, StringComparison.Ordinal);
        Assert.Equal("80 %", Kpi(cut, "capacity"));
        Assert.Equal("980", Kpi(cut, "checkins"));
        Assert.Contains("Attendance 81.4 %", cut.Find("[data-testid=kpi-checkins]").TextContent, StringComparison.Ordinal);
        Assert.Equal("224", Kpi(cut, "noshows"));
        Assert.Equal("4.29 ★", Kpi(cut, "feedback"));
        foreach (var chart in new[] { "tickets", "revenue", "ticket-types", "funnel", "checkins", "engagement", "feedback" })
        {
            var card = cut.Find($"[data-testid=chart-{chart}]");
            Assert.False(string.IsNullOrWhiteSpace(card.QuerySelector("[data-testid=chart][role=img]")?.GetAttribute("aria-label")), $"chart-{chart} has no label");
            Assert.NotNull(card.QuerySelector("svg"));
        }
        // Every drawn colour is the theme's (a variable), none a fixed hex that suits one background only.
        var colours = cut.FindAll("svg .mud-chart-serie, svg .mud-chart-bar")
            .SelectMany(shape => new[] { shape.GetAttribute("fill"), shape.GetAttribute("stroke") })
            .Where(colour => !string.IsNullOrEmpty(colour) && colour != "none")
            .Distinct().ToList();
        Assert.NotEmpty(colours);
        Assert.All(colours, colour => Assert.StartsWith("var(--mud-palette-", colour, StringComparison.Ordinal));
    }

    [Fact]
    public void EventDashboard_ChartTables_HoldTheNumbersOfTheCharts()
    {
        var cut = Render<EventAnalyticsView>(p => p.Add(x => x.Analytics, AnalyticsSamples.Event()));

        cut.Find("[data-testid=chart-tickets] [data-testid=chart-table-toggle]").Click();
        cut.Find("[data-testid=chart-checkins] [data-testid=chart-table-toggle]").Click();
        cut.Find("[data-testid=chart-ticket-types] [data-testid=chart-table-toggle]").Click();

        var tickets = Rows(cut, "tickets");
        Assert.Equal("26 Feb|0|0|0|0", tickets[0]);
        Assert.Contains("1 Mar|1,000|1,000|0|80", tickets);
        Assert.Equal("4 Mar|200|1,204|2|11", tickets[^1]);
        // Quarter hours in the event's time zone, an hour either side of the door's busiest time.
        var checkIns = Rows(cut, "checkins");
        Assert.Equal("17:00|0|0", checkIns[0]);
        Assert.Contains("18:00|300|300", checkIns);
        Assert.Contains("18:30|680|980", checkIns);
        Assert.Equal("19:30|0|980", checkIns[^1]);
        Assert.Equal(["Standing|1,100|2|19,800.00 EUR", "VIP lounge|104|0|1,854.00 EUR"], Rows(cut, "ticket-types"));
    }

    [Fact]
    public void EventDashboard_BeforeTheEnd_HasNoNoShows_AndWithoutSales_SaysSo()
    {
        var empty = AnalyticsSamples.Event() with
        {
            TicketsSold = 0, OrdersPaid = 0, Revenue = 0, GrossRevenue = 0, Refunds = 0, CheckIns = 0, SalesByDay = [], ByTicketType = [], CheckInsOverTime = [],
            Funnel = new SalesFunnel(0, 0, 0), Engagement = EngagementTotals.None, Feedback = new FeedbackTotals(0, null, [0, 0, 0, 0, 0]),
        };

        var cut = Render<EventAnalyticsView>(p => p.Add(x => x.Analytics, empty).Add(x => x.Ended, false));

        Assert.Equal("—", Kpi(cut, "noshows"));
        Assert.Contains("No tickets sold yet", cut.Find("[data-testid=analytics-no-sales]").TextContent, StringComparison.Ordinal);
        Assert.Equal(7, cut.FindAll("[data-testid=chart-empty]").Count);
    }

    [Fact]
    public void Comparison_PutsTheSecondEventsNumbersBesideTheFirsts()
    {
        var cut = Render<EventComparison>(p => p.Add(x => x.First, AnalyticsSamples.Event()).Add(x => x.Second, AnalyticsSamples.Other()));

        var rows = cut.FindAll("tbody tr").Select(r => string.Join("|", r.Children.Select(c => c.TextContent))).ToList();
        Assert.Equal(["Over the chosen days", "Riverside Jazz Night", "Spring Concert"], cut.FindAll("thead th").Select(h => h.TextContent));
        Assert.Contains("Tickets sold|1,204|7", rows);
        Assert.Contains("Revenue (net)|21,654.00 EUR|0.00 EUR", rows);
        Assert.Contains("Page views → paid|1.8 %|—", rows);
        Assert.Contains("Feedback|4.29 ★ (7)|— (0)", rows);
    }

    [Fact]
    public void OrganizationDashboard_ListsItsEvents_LinkingToTheirAnalytics()
    {
        var cut = Render<OrganizationAnalyticsView>(p => p.Add(x => x.Analytics, AnalyticsSamples.Organization()));

        Assert.Equal("1,211", Kpi(cut, "tickets"));
        Assert.Equal("21,654.00 EUR", Kpi(cut, "revenue"));
        var links = cut.FindAll("[data-testid=organization-events] a").Select(a => (a.TextContent, a.GetAttribute("href"))).ToList();
        Assert.Equal([("Riverside Jazz Night", $"/organizer/events/{AnalyticsSamples.EventId}/analytics"),
            ("Spring Concert", $"/organizer/events/{AnalyticsSamples.OtherEventId}/analytics")], links);
        Assert.Contains("4.29 ★", cut.Find("[data-testid=organization-events]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void PlatformDashboard_ShowsGmvPerCurrency_AndLinksTopOrganizationsToTheirAnalytics()
    {
        var cut = Render<PlatformAnalyticsView>(p => p.Add(x => x.Analytics, AnalyticsSamples.Platform()));

        Assert.Equal("21,690.00 EUR · 500.00 USD", Kpi(cut, "gmv"));
        Assert.Equal("2", Kpi(cut, "organizations"));
        var organizations = cut.FindAll("[data-testid=top-organizations] tbody a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal([$"/organizer/o/{AnalyticsSamples.OrganizationId}/analytics", $"/organizer/o/{AnalyticsSamples.OtherOrganizationId}/analytics"], organizations);
        var topEvent = cut.FindAll("[data-testid=top-events] tbody tr")[1];
        Assert.Equal($"/organizer/events/{AnalyticsSamples.OtherEventId}/analytics", topEvent.QuerySelectorAll("a")[0].GetAttribute("href"));
        Assert.Equal("Spree Tech Meetups", topEvent.QuerySelectorAll("a")[1].TextContent.Trim());
        cut.Find("[data-testid=chart-gmv] [data-testid=chart-table-toggle]").Click();
        Assert.Equal(["Day (UTC)", "GMV EUR", "GMV USD", "Refunds EUR", "Net EUR", "Refunds USD", "Net USD"],
            cut.FindAll("[data-testid=chart-gmv] thead th").Select(h => h.TextContent));
    }

    private static string Kpi(IRenderedComponent<Microsoft.AspNetCore.Components.IComponent> cut, string name) =>
        cut.Find($"[data-testid=kpi-{name}] [data-testid=kpi-value]").TextContent.Trim();

    private static List<string> Rows(IRenderedComponent<Microsoft.AspNetCore.Components.IComponent> cut, string chart) =>
        [.. cut.FindAll($"[data-testid=chart-{chart}] [data-testid=chart-table] tbody tr").Select(r => string.Join("|", r.Children.Select(c => c.TextContent.Trim())))];
}
