using EventFly.Services.Analytics.Contracts;
using EventFly.Web.Components.Analytics;

namespace EventFly.Web.Tests;

public sealed class AnalyticsChartsTests
{
    private static readonly DateOnly Day1 = AnalyticsSamples.Day1;

    [Fact]
    public void Days_OpenRange_RunsFromAWeekBeforeTheLastDay_OrTheFirstDayWithData()
    {
        Assert.Equal(Day1.AddDays(-6), AnalyticsCharts.Days([Day1], AnalyticsRange.All)[0]);
        Assert.Equal(7, AnalyticsCharts.Days([Day1], AnalyticsRange.All).Count);
        var month = AnalyticsCharts.Days([Day1, Day1.AddDays(29)], AnalyticsRange.All);
        Assert.Equal((Day1, Day1.AddDays(29), 30), (month[0], month[^1], month.Count));
    }

    [Fact]
    public void Days_GivenRange_CoversItWhole_AndNothingWithoutData()
    {
        var days = AnalyticsCharts.Days([Day1.AddDays(3)], new AnalyticsRange(Day1, Day1.AddDays(9)));

        Assert.Equal((Day1, Day1.AddDays(9), 10), (days[0], days[^1], days.Count));
        Assert.Empty(AnalyticsCharts.Days([], new AnalyticsRange(Day1, Day1.AddDays(9))));
    }

    [Fact]
    public void TicketsPerDay_AddsCurrenciesTogether_AndRunsTheTotalNetOfCancellations()
    {
        SalesDay[] sales =
        [
            new(Day1, "EUR", 5, 2, 0, 50m, 0m, 5, 50m),
            new(Day1, "USD", 3, 1, 0, 30m, 0m, 3, 30m),
            new(Day1.AddDays(2), "EUR", 1, 1, 2, 10m, 20m, 4, 40m),
        ];

        var chart = AnalyticsCharts.TicketsPerDay(sales, new AnalyticsRange(Day1, Day1.AddDays(2)));

        Assert.Equal(["1 Mar", "2 Mar", "3 Mar"], chart.Labels);
        Assert.Equal([8, 0, 1], chart.Series.Single(s => s.Name == "Sold").Values);
        Assert.Equal([8, 8, 7], chart.Series.Single(s => s is { Name: "Cumulative", Area: true }).Values);
        Assert.Equal([0, 0, 2], chart.Series.Single(s => s.Name == "Cancelled").Values);
    }

    [Fact]
    public void RevenuePerDay_HasALineAndARunningTotalPerCurrency_AndLeavesFreeDaysOut()
    {
        SalesDay[] sales =
        [
            new(Day1, null, 4, 4, 0, 0m, 0m, 4, 0m),
            new(Day1, "EUR", 5, 2, 0, 50m, 0m, 5, 50m),
            new(Day1.AddDays(1), "USD", 3, 1, 0, 30m, 5m, 3, 25m),
        ];

        var chart = AnalyticsCharts.RevenuePerDay(sales, new AnalyticsRange(Day1, Day1.AddDays(1)));

        Assert.Equal(["Net EUR", "Cumulative EUR", "Net USD", "Cumulative USD"], chart.Series.Where(s => !s.TableOnly).Select(s => s.Name));
        Assert.Equal([0, 25], chart.Series.Single(s => s.Name == "Net USD").Values);
        Assert.Equal([0, 5], chart.Series.Single(s => s.Name == "Refunds USD").Values);
        Assert.True(AnalyticsCharts.RevenuePerDay([sales[0]], AnalyticsRange.All).IsEmpty);
    }

    [Fact]
    public void CheckIns_OverTwoDays_AreLabelledWithTheDay()
    {
        var zone = TimeSpan.FromHours(2);
        CheckInSlot[] slots = [new(new DateTimeOffset(2026, 6, 5, 23, 45, 0, zone), 3), new(new DateTimeOffset(2026, 6, 6, 0, 0, 0, zone), 1)];

        var chart = AnalyticsCharts.CheckIns(slots);

        Assert.Contains("Fri 23:45", chart.Labels);
        Assert.Contains("Sat 00:00", chart.Labels);
        Assert.Equal(10, chart.Labels.Count);
        Assert.Equal(4, chart.Series[0].Values.Sum());
    }

    [Fact]
    public void Funnel_And_Feedback_GiveEachStepsShare()
    {
        var funnel = AnalyticsCharts.Funnel(new SalesFunnel(200, 50, 20));
        var feedback = AnalyticsCharts.Feedback(new FeedbackTotals(4, 4.5, [0, 0, 0, 2, 2]));

        Assert.Equal([100, 25, 10], funnel.Series.Single(s => s.TableOnly).Values);
        Assert.Equal(["1 ★", "2 ★", "3 ★", "4 ★", "5 ★"], feedback.Labels);
        Assert.Equal([0, 0, 0, 50, 50], feedback.Series.Single(s => s.TableOnly).Values);
    }
}
