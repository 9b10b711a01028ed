using System.Globalization;
using EventFly.Domain.Identity;

namespace EventFly.Services.Mail;

/// <summary>
/// What every mail component gets as a cascading value while it renders: the recipient's culture, the time zone its
/// dates are shown in, the unsubscribe link (if any), and the subject the layout reports back.
/// </summary>
public sealed class MailContext
{
    private static readonly Dictionary<string, string> CurrencySymbols = new(StringComparer.OrdinalIgnoreCase)
    {
        ["EUR"] = "€",
        ["USD"] = "$",
        ["GBP"] = "£",
        ["JPY"] = "¥",
    };

    public MailContext(string? language, string? timeZone, string? unsubscribeUrl)
    {
        Language = language is not null && Languages.IsSupported(language) ? language : Languages.Default;
        Culture = CultureInfo.GetCultureInfo(Language);
        TimeZone = timeZone is not null && TimeZoneInfo.TryFindSystemTimeZoneById(timeZone, out var zone) ? zone : TimeZoneInfo.Utc;
        UnsubscribeUrl = unsubscribeUrl;
    }

    /// <summary>One of <see cref="Languages.Supported"/>.</summary>
    public string Language { get; }

    public CultureInfo Culture { get; }

    public TimeZoneInfo TimeZone { get; }

    public string? UnsubscribeUrl { get; }

    /// <summary>Set by <c>EmailLayout</c> from its <c>Subject</c>, so a mail's subject is written where its text is.</summary>
    public string? Subject { get; set; }

    /// <summary>Date and time in the mail's zone and culture: "Samstag, 5. Dezember 2026, 19:00", "Saturday, December 5, 2026, 7:00 PM".</summary>
    public string DateTime(DateTimeOffset at)
    {
        var local = TimeZoneInfo.ConvertTime(at, TimeZone);
        return $"{local.ToString("D", Culture)}, {local.ToString("t", Culture)}";
    }

    /// <summary>An amount in the culture's number format with the currency's symbol: "€12.50", "12,50 €".</summary>
    public string Money(decimal amount, string currency)
    {
        if (!CurrencySymbols.TryGetValue(currency, out var symbol))
            return $"{amount.ToString("N2", Culture)}\u00A0{currency.ToUpperInvariant()}";
        var format = (NumberFormatInfo)Culture.NumberFormat.Clone();
        format.CurrencySymbol = symbol;
        return amount.ToString("C", format);
    }
}
