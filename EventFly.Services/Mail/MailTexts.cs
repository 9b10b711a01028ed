namespace EventFly.Services.Mail;

/// <summary>Names the texts of the layout (MailTexts.resx, MailTexts.de.resx) for <c>IStringLocalizer&lt;MailTexts&gt;</c>.</summary>
public sealed class MailTexts;
