using System.Globalization;
using EventFly.Client.Components.Charts;
using EventFly.Services.Analytics.Contracts;

namespace EventFly.Web.Components.Analytics;

/// <summary>
/// The dashboards' records as chart values: a point for every day (or quarter hour) between the first and the last,
/// zero where nothing happened, so that a line's gaps read as quiet days rather than being drawn over.
/// </summary>
internal static class AnalyticsCharts
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>A week of quarter hours: more is a festival, shown from its first week.</summary>
    private const int MaxSlots = 7 * 24 * 4;

    /// <summary>At least this many days are drawn when the range leaves the start open, so that a first day of sales has some before it.</summary>
    private const int MinDays = 7;

    /// <summary>Quiet quarter hours drawn before the first check-in and after the last one.</summary>
    private const int SlotPadding = 4;

    /// <summary>
    /// Every day from the range's start (or the first day with data) to its end (or the last day with data); with an
    /// open start, at least a week.
    /// </summary>
    public static IReadOnlyList<DateOnly> Days(IEnumerable<DateOnly> withData, AnalyticsRange range)
    {
        var days = withData.ToList();
        if (days.Count == 0) return [];
        var last = range.To ?? days.Max();
        var first = range.From ?? Min(days.Min(), last.AddDays(1 - MinDays));
        if (last < first) return [];
        var count = Math.Min(last.DayNumber - first.DayNumber + 1, AnalyticsRange.MaxDays);
        return [.. Enumerable.Range(0, count).Select(first.AddDays)];
    }

    /// <summary>Tickets confirmed per day (all currencies) over their running total net of cancellations (an area); cancelled ones in the table.</summary>
    public static ChartValues TicketsPerDay(IReadOnlyList<SalesDay> sales, AnalyticsRange range)
    {
        var days = Days(sales.Select(s => s.Day), range);
        var sold = Sum(sales, days, s => s.Tickets);
        var cancelled = Sum(sales, days, s => s.TicketsCancelled);
        var orders = Sum(sales, days, s => s.Orders);
        return new ChartValues(Labels(days),
        [
            new ChartSeriesData("Sold", sold),
            new ChartSeriesData("Cumulative", Running(sold.Zip(cancelled, (s, c) => s - c)), Area: true),
            new ChartSeriesData("Cancelled", cancelled, TableOnly: true),
            new ChartSeriesData("Orders", orders, TableOnly: true),
        ]);
    }

    /// <summary>Net revenue per day over its running total (an area), per currency; gross and refunds in the table.</summary>
    public static ChartValues RevenuePerDay(IReadOnlyList<SalesDay> sales, AnalyticsRange range)
    {
        var paid = sales.Where(s => s.Currency is not null).ToList();
        var days = Days(paid.Select(s => s.Day), range);
        var series = new List<ChartSeriesData>();
        var table = new List<ChartSeriesData>();
        foreach (var currency in paid.Select(s => s.Currency!).Distinct().Order(StringComparer.Ordinal))
        {
            var ofCurrency = paid.Where(s => s.Currency == currency).ToList();
            var format = AnalyticsFormat.MoneyFormat(currency);
            var net = Sum(ofCurrency, days, s => (double)s.Net);
            series.Add(new ChartSeriesData($"Net {currency}", net, format, currency));
            series.Add(new ChartSeriesData($"Cumulative {currency}", Running(net), format, currency, Area: true));
            table.Add(new ChartSeriesData($"Gross {currency}", Sum(ofCurrency, days, s => (double)s.Gross), format, currency, TableOnly: true));
            table.Add(new ChartSeriesData($"Refunds {currency}", Sum(ofCurrency, days, s => (double)s.Refunds), format, currency, TableOnly: true));
        }
        return new ChartValues(Labels(days), [.. series, .. table]);
    }

    /// <summary>The platform's gross merchandise value per day and currency; refunds and net in the table.</summary>
    public static ChartValues GmvPerDay(IReadOnlyList<SalesDay> sales, AnalyticsRange range)
    {
        var paid = sales.Where(s => s.Currency is not null).ToList();
        var days = Days(paid.Select(s => s.Day), range);
        var series = new List<ChartSeriesData>();
        var table = new List<ChartSeriesData>();
        foreach (var currency in paid.Select(s => s.Currency!).Distinct().Order(StringComparer.Ordinal))
        {
            var ofCurrency = paid.Where(s => s.Currency == currency).ToList();
            var format = AnalyticsFormat.MoneyFormat(currency);
            series.Add(new ChartSeriesData($"GMV {currency}", Sum(ofCurrency, days, s => (double)s.Gross), format, currency));
            table.Add(new ChartSeriesData($"Refunds {currency}", Sum(ofCurrency, days, s => (double)s.Refunds), format, currency, TableOnly: true));
            table.Add(new ChartSeriesData($"Net {currency}", Sum(ofCurrency, days, s => (double)s.Net), format, currency, TableOnly: true));
        }
        return new ChartValues(Labels(days), [.. series, .. table]);
    }

    public static ChartValues EventsPublishedPerDay(IReadOnlyList<DayCount> published, AnalyticsRange range)
    {
        var days = Days(published.Select(d => d.Day), range);
        var counts = published.ToDictionary(d => d.Day, d => d.Count);
        return new ChartValues(Labels(days), [new ChartSeriesData("Events published", [.. days.Select(d => (double)counts.GetValueOrDefault(d))])]);
    }

    /// <summary>Tickets sold per ticket type (the donut), cancelled and revenue in the table.</summary>
    public static ChartValues TicketTypes(IReadOnlyList<TicketTypeSales> types, string? currency) =>
        new([.. types.Select(t => t.Name)],
        [
            new ChartSeriesData("Sold", [.. types.Select(t => (double)t.Sold)]),
            new ChartSeriesData("Cancelled", [.. types.Select(t => (double)t.Cancelled)], TableOnly: true),
            new ChartSeriesData("Revenue", [.. types.Select(t => (double)t.Revenue)], currency is null ? "N2" : AnalyticsFormat.MoneyFormat(currency), currency, TableOnly: true),
        ]);

    /// <summary>Page views, checkouts started and orders paid, with each step's share of the page views in the table.</summary>
    public static ChartValues Funnel(SalesFunnel funnel)
    {
        double[] counts = [funnel.PageViews, funnel.CheckoutsStarted, funnel.OrdersPaid];
        return new ChartValues(["Page views", "Checkouts started", "Orders paid"],
        [
            new ChartSeriesData("Count", counts),
            new ChartSeriesData("Of page views", [.. counts.Select(c => funnel.PageViews == 0 ? 0 : Math.Round(100 * c / funnel.PageViews, 1))], "0.#", "%", TableOnly: true),
        ]);
    }

    /// <summary>
    /// Check-ins per quarter hour from an hour before the first to an hour after the last, labelled in the event's time
    /// zone (the slots come in it); a quiet quarter hour takes the offset of the slot before it.
    /// </summary>
    public static ChartValues CheckIns(IReadOnlyList<CheckInSlot> slots)
    {
        if (slots.Count == 0) return ChartValues.Empty;
        var byStart = slots.GroupBy(s => s.Start.UtcTicks).ToDictionary(g => g.Key, g => g.First());
        var first = slots.Min(s => s.Start).AddMinutes(-15 * SlotPadding);
        var last = slots.Max(s => s.Start).AddMinutes(15 * SlotPadding);
        var count = Math.Min((int)((last - first).TotalMinutes / 15) + 1, MaxSlots);
        var offset = first.Offset;
        var starts = new List<DateTimeOffset>(count);
        var values = new List<double>(count);
        for (var i = 0; i < count; i++)
        {
            var at = first.AddMinutes(15 * i);
            if (byStart.TryGetValue(at.UtcTicks, out var slot))
            {
                offset = slot.Start.Offset;
                values.Add(slot.CheckIns);
            }
            else
            {
                values.Add(0);
            }
            starts.Add(at.ToOffset(offset));
        }
        var severalDays = starts[0].Date != starts[^1].Date;
        var labels = starts.Select(s => s.ToString(severalDays ? "ddd HH:mm" : "HH:mm", Invariant)).ToList();
        return new ChartValues(labels, [new ChartSeriesData("Check-ins", values), new ChartSeriesData("Cumulative", Running(values), TableOnly: true)]);
    }

    public static ChartValues Engagement(EngagementTotals engagement) =>
        new(["Posts", "Comments", "Reactions", "Questions", "Poll votes", "Quiz answers"],
        [
            new ChartSeriesData("Count",
                [engagement.Posts, engagement.Comments, engagement.Reactions, engagement.Questions, engagement.PollVotes, engagement.QuizAnswers]),
        ]);

    /// <summary>How many gave 1 to 5 stars, and each one's share in the table.</summary>
    public static ChartValues Feedback(FeedbackTotals feedback)
    {
        var counts = Enumerable.Range(0, 5).Select(i => (double)feedback.Distribution.ElementAtOrDefault(i)).ToList();
        return new ChartValues([.. Enumerable.Range(1, 5).Select(stars => $"{stars} ★")],
        [
            new ChartSeriesData("Ratings", counts),
            new ChartSeriesData("Share", [.. counts.Select(c => feedback.Count == 0 ? 0 : Math.Round(100 * c / feedback.Count, 1))], "0.#", "%", TableOnly: true),
        ]);
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    private static List<string> Labels(IReadOnlyList<DateOnly> days) =>
        [.. days.Select(d => d.ToString(days.Count > 0 && days[0].Year != days[^1].Year ? "d MMM yy" : "d MMM", Invariant))];

    private static double[] Sum(IEnumerable<SalesDay> sales, IReadOnlyList<DateOnly> days, Func<SalesDay, double> value)
    {
        var byDay = sales.GroupBy(s => s.Day).ToDictionary(g => g.Key, g => g.Sum(value));
        return [.. days.Select(d => byDay.GetValueOrDefault(d))];
    }

    private static double[] Running(IEnumerable<double> values)
    {
        var total = 0d;
        return [.. values.Select(v => total += v)];
    }
}
