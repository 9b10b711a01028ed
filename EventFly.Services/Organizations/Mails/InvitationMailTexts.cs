namespace EventFly.Services.Organizations.Mails;

/// <summary>Names the texts of the invitation mail (InvitationMailTexts.resx, InvitationMailTexts.de.resx).</summary>
public sealed class InvitationMailTexts;
