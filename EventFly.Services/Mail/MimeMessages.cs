using MimeKit;

namespace EventFly.Services.Mail;

/// <summary>Turns an <see cref="EmailMessage"/> into MIME, the one format both senders (pickup folder, SMTP) write.</summary>
internal static class MimeMessages
{
    /// <param name="key">A stable identity (<see cref="MailDispatch.NextKey"/>): the Message-ID's local part, the same whenever this mail is sent again.</param>
    public static MimeMessage Build(EmailMessage message, string from, string? key = null)
    {
        var mime = new MimeMessage();
        var sender = MailboxAddress.Parse(from);
        mime.From.Add(sender);
        if (key is not null) mime.MessageId = $"{key}@{sender.Domain}";
        mime.To.Add(MailboxAddress.Parse(message.To));
        mime.Subject = message.Subject;
        if (message.Headers?.UnsubscribeUrl is { } unsubscribe)
        {
            // RFC 8058: mail clients show an unsubscribe button and POST "List-Unsubscribe=One-Click" to the URL.
            mime.Headers.Add("List-Unsubscribe", $"<{UnsubscribeUri(unsubscribe).AbsoluteUri}>");
            mime.Headers.Add("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
        var body = new BodyBuilder { HtmlBody = message.HtmlBody, TextBody = message.TextBody };
        foreach (var attachment in message.Attachments ?? [])
            body.Attachments.Add(attachment.FileName, attachment.Content, ContentType.Parse(attachment.ContentType));
        mime.Body = body.ToMessageBody();
        return mime;
    }

    /// <summary>Only an absolute web address goes into a header (no line breaks, nothing a client would not open).</summary>
    private static Uri UnsubscribeUri(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            ? uri
            : throw new InvalidOperationException($"The unsubscribe URL '{url}' is not an absolute http(s) address.");
}
