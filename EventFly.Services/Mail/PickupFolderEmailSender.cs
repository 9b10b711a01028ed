using Microsoft.Extensions.Options;

namespace EventFly.Services.Mail;

/// <summary>
/// Writes each e-mail as an .eml file (open it in any mail client); the default, so nothing leaves the machine. Sent by
/// the outbox, a file is named after its message (<see cref="MailDispatch"/>): the same mail sent again after a crash
/// finds its file and writes nothing.
/// </summary>
internal sealed class PickupFolderEmailSender(IOptions<MailOptions> options, DataFolder dataFolder) : IEmailSender
{
    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(message.To)) return; // a deleted account (ADR 0030) has no address left
        var folder = dataFolder.Resolve(options.Value.PickupPath);
        Directory.CreateDirectory(folder);
        var key = MailDispatch.NextKey();
        var path = Path.Combine(folder, $"{key ?? $"{DateTime.UtcNow:yyyyMMddHHmmssfff}-{Guid.NewGuid():N}"}.eml");
        if (File.Exists(path)) return;
        var mime = MimeMessages.Build(message, options.Value.From, key);
        // Write to a temp name first so a reader never sees half a message.
        var temp = $"{path}.{Guid.NewGuid():N}.tmp";
        await mime.WriteToAsync(temp, cancellationToken);
        try
        {
            File.Move(temp, path);
        }
        catch (IOException) when (File.Exists(path))
        {
            File.Delete(temp); // another dispatcher, whose claim had run out, wrote the same mail first
        }
    }
}
