using System.Globalization;
using EventFly.Services.Analytics.Contracts;

namespace EventFly.Web.Components.Analytics;

/// <summary>How the dashboards write their numbers: the same invariant style as the rest of the portal.</summary>
internal static class AnalyticsFormat
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Count(int count) => count.ToString("N0", Invariant);

    /// <summary>"1,234.50 EUR"; without a currency (nothing paid was sold) a dash.</summary>
    public static string Money(decimal amount, string? currency) =>
        currency is null ? "—" : $"{amount.ToString(MoneyFormat(currency), Invariant)} {currency}";

    /// <summary>Net money per currency, "1,234.50 EUR · 80.00 USD", or a dash.</summary>
    public static string Net(IReadOnlyList<RevenueTotal> totals) =>
        totals.Count == 0 ? "—" : string.Join(" · ", totals.Select(t => Money(t.Net, t.Currency)));

    /// <summary>Gross money per currency, as <see cref="Net"/>.</summary>
    public static string Gross(IReadOnlyList<RevenueTotal> totals) =>
        totals.Count == 0 ? "—" : string.Join(" · ", totals.Select(t => Money(t.Gross, t.Currency)));

    /// <summary>A share (0..1) as "42.5 %".</summary>
    public static string Percent(double ratio) => (ratio * 100).ToString("0.#", Invariant) + " %";

    public static string Rating(double? average) => average is { } a ? a.ToString("0.00", Invariant) + " ★" : "—";

    public static string Day(DateOnly day) => day.ToString("d MMM", Invariant);

    /// <summary>An event's start in its own time zone, "Sat 12 Apr 2026 19:00".</summary>
    public static string Starts(DateTimeOffset startsAt, string timeZone)
    {
        var local = TimeZoneInfo.ConvertTime(startsAt, TimeZoneInfo.FindSystemTimeZoneById(timeZone));
        return local.ToString("ddd d MMM yyyy HH:mm", Invariant);
    }

    public static string StartsDay(DateTimeOffset startsAt) => startsAt.ToString("d MMM yyyy", Invariant);

    /// <summary>Two decimals for most currencies, none for the few without minor units (as the participant app's prices).</summary>
    public static string MoneyFormat(string currency) => currency is "JPY" or "KRW" or "ISK" or "CLP" ? "N0" : "N2";
}
