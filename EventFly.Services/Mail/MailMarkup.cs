using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;

namespace EventFly.Services.Mail;

/// <summary>
/// A localized sentence with markup inside ("Your tickets for <strong>{0}</strong>…") without markup in the .resx:
/// the text and every plain argument are HTML-encoded, only <see cref="MarkupString"/> arguments (<see cref="Strong"/>)
/// pass as they are.
/// </summary>
public static class MailMarkup
{
    public static MarkupString Format(LocalizedString format, params object?[] args) =>
        new(string.Format(CultureInfo.CurrentCulture, WebUtility.HtmlEncode(format.Value),
            [.. args.Select(a => a is MarkupString markup ? markup.Value : WebUtility.HtmlEncode(Convert.ToString(a, CultureInfo.CurrentCulture)))]));

    public static MarkupString Strong(string text) => new($"<strong>{WebUtility.HtmlEncode(text)}</strong>");
}
