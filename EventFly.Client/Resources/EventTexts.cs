using Texts = EventFly.Client.Resources.ResourceText<EventFly.Client.Resources.EventTexts>;

namespace EventFly.Client.Resources;

/// <summary>
/// Marks EventTexts.resx (English) and EventTexts.de.resx for <c>IStringLocalizer&lt;EventTexts&gt;</c>. The static
/// properties are the feedback form's validation messages (<c>ErrorMessageResourceName</c>): attributes cannot ask a
/// localizer, so they read the same texts in the current UI language.
/// </summary>
public sealed class EventTexts
{
    public static string ChooseRating => Texts.Get(nameof(ChooseRating));

    public static string CommentTooLong => Texts.Get(nameof(CommentTooLong));

    public static string RateContent => Texts.Get(nameof(RateContent));

    public static string RateVenue => Texts.Get(nameof(RateVenue));

    public static string RateOrganization => Texts.Get(nameof(RateOrganization));
}
