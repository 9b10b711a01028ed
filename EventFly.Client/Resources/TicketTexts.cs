using System.Globalization;
using System.Resources;

namespace EventFly.Client.Resources;

/// <summary>
/// Marks TicketTexts.resx (English) and TicketTexts.de.resx for <c>IStringLocalizer&lt;TicketTexts&gt;</c>. The static
/// property is the door form's validation message (<c>ErrorMessageResourceName</c>): attributes cannot ask a localizer,
/// so it reads the same text in the current UI language.
/// </summary>
public sealed class TicketTexts
{
    private static readonly ResourceManager Texts = new(typeof(TicketTexts));

    public static string NameThisDoor => Texts.GetString(nameof(NameThisDoor), CultureInfo.CurrentUICulture) ?? nameof(NameThisDoor);
}
