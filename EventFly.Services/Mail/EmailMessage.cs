namespace EventFly.Services.Mail;

/// <summary>
/// An e-mail with an HTML and a plain-text body, optional attachments and optional headers. Stored in the outbox as
/// JSON: a new member must be optional so that payloads written before it still read.
/// </summary>
public sealed record EmailMessage(
    string To, string Subject, string HtmlBody, string TextBody, IReadOnlyList<EmailAttachment>? Attachments = null, EmailHeaders? Headers = null);

/// <summary>A file attached to an e-mail, e.g. a ticket's QR image or the event's .ics.</summary>
public sealed record EmailAttachment(string FileName, string ContentType, byte[] Content);
