using System.Globalization;
using EventFly.Client.Contracts;

namespace EventFly.Client.Components;

/// <summary>How prices read on the participant's pages: "Free", or "12.50 EUR".</summary>
public static class Prices
{
    public static string Format(MoneyResponse money) => Format(money.Amount, money.Currency);

    public static string Format(decimal amount, string currency) =>
        amount == 0 ? "Free" : $"{amount.ToString(currency is "JPY" or "KRW" or "ISK" or "CLP" ? "0" : "0.00", CultureInfo.InvariantCulture)} {currency}";
}
