using System.Globalization;
using System.Resources;

namespace EventFly.Client.Resources;

/// <summary>
/// Marks EventTexts.resx (English) and EventTexts.de.resx for <c>IStringLocalizer&lt;EventTexts&gt;</c>. The static
/// properties are the feedback form's validation messages (<c>ErrorMessageResourceName</c>): attributes cannot ask a
/// localizer, so they read the same texts in the current UI language.
/// </summary>
public sealed class EventTexts
{
    private static readonly ResourceManager Texts = new(typeof(EventTexts));

    public static string ChooseRating => Text(nameof(ChooseRating));

    public static string CommentTooLong => Text(nameof(CommentTooLong));

    public static string RateContent => Text(nameof(RateContent));

    public static string RateVenue => Text(nameof(RateVenue));

    public static string RateOrganization => Text(nameof(RateOrganization));

    private static string Text(string name) => Texts.GetString(name, CultureInfo.CurrentUICulture) ?? name;
}
