namespace EventFly.Services.Mail;

/// <summary>Sends e-mail: to a pickup folder by default, over SMTP when configured. Called by the outbox dispatcher.</summary>
public interface IEmailSender
{
    Task SendAsync(EmailMessage message, CancellationToken cancellationToken);
}
