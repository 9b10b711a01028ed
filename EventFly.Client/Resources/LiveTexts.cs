namespace EventFly.Client.Resources;

/// <summary>Marks LiveTexts.resx (English) and LiveTexts.de.resx for <c>IStringLocalizer&lt;LiveTexts&gt;</c>.</summary>
public sealed class LiveTexts;
