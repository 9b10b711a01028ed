using System.Text.Json;
using EventFly.Services.Mail;
using Microsoft.Extensions.Options;
using MimeKit;

namespace EventFly.Services.Tests.Mail;

/// <summary>What the pickup-folder sender writes (the SMTP sender sends the same MIME): parts, attachments, headers.</summary>
public sealed class MimeMessagesTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "eventfly-mail-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task ARenderedMail_IsTextAndHtmlAlternatives_WithItsAttachments()
    {
        var attachments = new List<EmailAttachment> { new("ticket-1.png", "image/png", [137, 80, 78, 71]), new("event.ics", "text/calendar", "BEGIN:VCALENDAR"u8.ToArray()) };
        var mail = await MailRendererTests.RenderAsync(new MailEnvelope("ada@example.org", "de", "Europe/Berlin", Attachments: attachments));

        var mime = await SendAndReadAsync(mail);

        var alternative = mime.BodyParts.OfType<TextPart>().ToList();
        Assert.Contains(alternative, p => p.IsPlain && p.Text.Contains("12,50", StringComparison.Ordinal));
        Assert.Contains(alternative, p => p.IsHtml && p.Text.Contains("Samstag", StringComparison.Ordinal));
        Assert.NotNull(mime.Body is Multipart mixed ? mixed.OfType<MultipartAlternative>().SingleOrDefault() : null);
        Assert.Equal(["ticket-1.png", "event.ics"], mime.Attachments.Select(a => a.ContentDisposition?.FileName));
        Assert.Null(mime.Headers["List-Unsubscribe"]);
        Assert.Null(mime.Headers["List-Unsubscribe-Post"]);
    }

    [Fact]
    public async Task AnUnsubscribeUrl_BecomesTheOneClickHeaders()
    {
        var mail = await MailRendererTests.RenderAsync(new MailEnvelope("ada@example.org", UnsubscribeUrl: "https://eventfly.test/unsubscribe/abc"));

        var mime = await SendAndReadAsync(mail);

        Assert.IsType<MultipartAlternative>(mime.Body);
        Assert.Equal("<https://eventfly.test/unsubscribe/abc>", mime.Headers["List-Unsubscribe"]);
        Assert.Equal("List-Unsubscribe=One-Click", mime.Headers["List-Unsubscribe-Post"]);
    }

    [Fact]
    public void AnUnsubscribeUrl_ThatIsNoWebAddress_IsRefused()
    {
        var mail = new EmailMessage("ada@example.org", "s", "<p>h</p>", "h", Headers: new EmailHeaders("javascript:alert(1)\r\nBcc: x@y.z"));

        Assert.Throws<InvalidOperationException>(() => MimeMessages.Build(mail, "EventFly <no-reply@eventfly.local>"));
    }

    [Fact]
    public void AnOutboxPayload_WrittenBeforeHeaders_StillReads()
    {
        const string old = """{"To":"ada@example.org","Subject":"s","HtmlBody":"<p>h</p>","TextBody":"h","Attachments":null}""";

        var mail = JsonSerializer.Deserialize<EmailMessage>(old)!;
        var roundTrip = JsonSerializer.Deserialize<EmailMessage>(JsonSerializer.Serialize(mail with { Headers = new EmailHeaders("https://x.test/u") }))!;

        Assert.Null(mail.Headers);
        Assert.Equal("https://x.test/u", roundTrip.Headers?.UnsubscribeUrl);
    }

    /// <summary>
    /// The outbox sends at least once: a worker killed after sending, before marking the message sent, has it sent again.
    /// The pickup folder then keeps one file, and both carry the same Message-ID (what SMTP receivers deduplicate by).
    /// </summary>
    [Fact]
    public async Task TheSameOutboxMessageSentAgain_WritesNoSecondFile_AndASecondMailOfTheMessageIsKeptApart()
    {
        var sender = Sender();
        var messageId = Guid.CreateVersion7();
        var createdAt = new DateTime(2026, 12, 6, 3, 0, 0, DateTimeKind.Utc);
        var mail = new EmailMessage("ada@example.org", "Your tickets", "<p>h</p>", "h");

        using (MailDispatch.For(messageId, createdAt)) await sender.SendAsync(mail, CancellationToken.None);
        using (MailDispatch.For(messageId, createdAt)) await sender.SendAsync(mail, CancellationToken.None);
        using (MailDispatch.For(messageId, createdAt))
        {
            await sender.SendAsync(mail, CancellationToken.None);
            await sender.SendAsync(mail with { To = "bob@example.org" }, CancellationToken.None);
        }

        var files = Directory.GetFiles(Path.Combine(_folder, "mail")).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.Equal([$"20261206030000000-{messageId:N}-1.eml", $"20261206030000000-{messageId:N}.eml"], files);
        var first = await MimeMessage.LoadAsync(Path.Combine(_folder, "mail", files[1]!));
        Assert.Equal($"20261206030000000-{messageId:N}@eventfly.local", first.MessageId);
    }

    private PickupFolderEmailSender Sender() => new(Options.Create(new MailOptions { PickupPath = "mail" }), new DataFolder(_folder));

    private async Task<MimeMessage> SendAndReadAsync(EmailMessage mail)
    {
        var sender = Sender();
        await sender.SendAsync(mail, CancellationToken.None);
        return await MimeMessage.LoadAsync(Directory.GetFiles(Path.Combine(_folder, "mail"), "*.eml").Single());
    }
}
