using System.Globalization;

namespace EventFly.Domain.Common;

/// <summary>An amount in a currency (ISO 4217), rounded to the currency's minor unit.</summary>
public readonly record struct Money
{
    private static readonly Dictionary<string, int> ZeroDecimal = new(StringComparer.Ordinal) { ["JPY"] = 0, ["KRW"] = 0, ["ISK"] = 0, ["CLP"] = 0 };

    public Money(decimal amount, string currency)
    {
        var code = currency?.Trim().ToUpperInvariant() ?? "";
        if (code.Length != 3 || !code.All(char.IsAsciiLetterUpper))
            throw new DomainException(CommonErrors.InvalidCurrency, "Currency must be a three-letter ISO 4217 code, e.g. EUR.");
        if (amount < 0) throw new DomainException(CommonErrors.NegativeAmount, "An amount cannot be negative.");
        Currency = code;
        Amount = Math.Round(amount, MinorDigits(code), MidpointRounding.AwayFromZero);
    }

    public decimal Amount { get; }

    public string Currency { get; }

    public bool IsFree => Amount == 0;

    public static int MinorDigits(string currency) => ZeroDecimal.TryGetValue(currency, out var digits) ? digits : 2;

    public static Money Zero(string currency) => new(0, currency);

    /// <summary>The amount in the currency's smallest unit (cents; yen), as payment gateways count it.</summary>
    public long ToMinorUnits() => (long)(Amount * Pow10(MinorDigits(Currency)));

    public static Money FromMinorUnits(long minor, string currency) => new(minor / Pow10(MinorDigits(currency.Trim().ToUpperInvariant())), currency);

    private static decimal Pow10(int digits) => digits == 0 ? 1m : 100m;

    public Money Times(int quantity) => new(Amount * quantity, Currency);

    public Money Plus(Money other) => other.Currency == Currency
        ? new Money(Amount + other.Amount, Currency)
        : throw new DomainException(CommonErrors.CurrencyMismatch, "All tickets of an order must be in one currency.");

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Amount} {Currency}");
}
