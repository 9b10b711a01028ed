namespace EventFly.Services.Mail;

/// <summary>
/// Who gets a mail and how to speak to them: <see cref="Language"/> is the recipient's (<c>AccountSummary.Language</c>,
/// null for English), <see cref="TimeZone"/> the IANA zone dates are shown in (the event's; null for UTC).
/// <see cref="UnsubscribeUrl"/> only for mail that is not transactional: it adds the footer link and the
/// <c>List-Unsubscribe</c> headers.
/// </summary>
public sealed record MailEnvelope(
    string To,
    string? Language = null,
    string? TimeZone = null,
    string? UnsubscribeUrl = null,
    IReadOnlyList<EmailAttachment>? Attachments = null);
