namespace EventFly.Services.Mail;

/// <summary>An e-mail with an HTML and a plain-text body.</summary>
public sealed record EmailMessage(string To, string Subject, string HtmlBody, string TextBody);
