namespace EventFly.Client.Resources;

/// <summary>Marks LayoutTexts.resx (English) and LayoutTexts.de.resx for <c>IStringLocalizer&lt;LayoutTexts&gt;</c>.</summary>
public sealed class LayoutTexts;
