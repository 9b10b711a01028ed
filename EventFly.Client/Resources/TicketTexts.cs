using Texts = EventFly.Client.Resources.ResourceText<EventFly.Client.Resources.TicketTexts>;

namespace EventFly.Client.Resources;

/// <summary>
/// Marks TicketTexts.resx (English) and TicketTexts.de.resx for <c>IStringLocalizer&lt;TicketTexts&gt;</c>. The static
/// property is the door form's validation message (<c>ErrorMessageResourceName</c>): attributes cannot ask a localizer,
/// so it reads the same text in the current UI language.
/// </summary>
public sealed class TicketTexts
{
    public static string NameThisDoor => Texts.Get(nameof(NameThisDoor));
}
