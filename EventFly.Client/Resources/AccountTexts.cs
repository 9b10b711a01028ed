namespace EventFly.Client.Resources;

/// <summary>Marks AccountTexts.resx (English) and AccountTexts.de.resx for <c>IStringLocalizer&lt;AccountTexts&gt;</c>.</summary>
public sealed class AccountTexts;
