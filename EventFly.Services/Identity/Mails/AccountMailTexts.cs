namespace EventFly.Services.Identity.Mails;

/// <summary>Names the texts of the account mails (AccountMailTexts.resx, AccountMailTexts.de.resx).</summary>
public sealed class AccountMailTexts;
