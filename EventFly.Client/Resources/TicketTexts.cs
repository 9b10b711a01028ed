namespace EventFly.Client.Resources;

/// <summary>Marks TicketTexts.resx (English) and TicketTexts.de.resx for <c>IStringLocalizer&lt;TicketTexts&gt;</c>.</summary>
public sealed class TicketTexts;
