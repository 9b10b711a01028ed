using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;

namespace EventFly.Services.Mail;

/// <summary>
/// Sends through an SMTP server with MailKit (<c>EventFly:Mail:Mode=Smtp</c>). At least once: sent again after a crash,
/// a mail carries the same Message-ID (<see cref="MailDispatch"/>), by which mail clients and many servers drop the copy.
/// </summary>
internal sealed class SmtpEmailSender(IOptions<MailOptions> options) : IEmailSender
{
    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(message.To)) return; // a deleted account (ADR 0030) has no address left
        var settings = options.Value;
        using var client = new SmtpClient();
        var security = !settings.SmtpUseTls ? SecureSocketOptions.None
            : settings.SmtpPort == 465 ? SecureSocketOptions.SslOnConnect
            : SecureSocketOptions.StartTlsWhenAvailable;
        await client.ConnectAsync(settings.SmtpHost ?? throw new InvalidOperationException("EventFly:Mail:SmtpHost is not set."), settings.SmtpPort, security, cancellationToken);
        if (!string.IsNullOrEmpty(settings.SmtpUser))
            await client.AuthenticateAsync(settings.SmtpUser, settings.SmtpPassword ?? "", cancellationToken);
        await client.SendAsync(MimeMessages.Build(message, settings.From, MailDispatch.NextKey()), cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
    }
}
