using Microsoft.Extensions.Options;

namespace EventFly.Services.Mail;

/// <summary>Writes each e-mail as an .eml file (open it in any mail client); the default, so nothing leaves the machine.</summary>
internal sealed class PickupFolderEmailSender(IOptions<MailOptions> options, DataFolder dataFolder) : IEmailSender
{
    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        var folder = dataFolder.Resolve(options.Value.PickupPath);
        Directory.CreateDirectory(folder);
        var mime = MimeMessages.Build(message, options.Value.From);
        var path = Path.Combine(folder, $"{DateTime.UtcNow:yyyyMMddHHmmssfff}-{Guid.NewGuid():N}.eml");
        // Write to a temp name first so a reader never sees half a message.
        var temp = path + ".tmp";
        await mime.WriteToAsync(temp, cancellationToken);
        File.Move(temp, path);
    }
}
