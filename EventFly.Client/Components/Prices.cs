using EventFly.Client.Contracts;
using EventFly.Client.Localization;

namespace EventFly.Client.Components;

/// <summary>How prices read on the participant's pages: "Free" / "Kostenlos", "12.50 EUR" in English, "12,50 €" in German.</summary>
public static class Prices
{
    private static readonly Dictionary<string, string> Symbols = new(StringComparer.OrdinalIgnoreCase) { ["EUR"] = "€", ["USD"] = "$", ["GBP"] = "£", ["CHF"] = "CHF" };

    public static string Format(MoneyResponse money) => Format(money.Amount, money.Currency);

    public static string Format(decimal amount, string currency)
    {
        var german = AppLanguages.IsGerman;
        if (amount == 0) return german ? "Kostenlos" : "Free";
        var pattern = currency is "JPY" or "KRW" or "ISK" or "CLP" ? "0" : "0.00";
        return german
            ? $"{amount.ToString(pattern == "0" ? "N0" : "N2", AppLanguages.FormatCulture)}\u00A0{(Symbols.TryGetValue(currency, out var symbol) ? symbol : currency)}"
            : $"{amount.ToString(pattern, AppLanguages.FormatCulture)} {currency}";
    }
}
