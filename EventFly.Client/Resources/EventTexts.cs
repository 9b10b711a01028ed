namespace EventFly.Client.Resources;

/// <summary>Marks EventTexts.resx (English) and EventTexts.de.resx for <c>IStringLocalizer&lt;EventTexts&gt;</c>.</summary>
public sealed class EventTexts;
