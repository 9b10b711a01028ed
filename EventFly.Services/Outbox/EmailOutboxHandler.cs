using System.Text.Json;
using EventFly.Services.Mail;

namespace EventFly.Services.Outbox;

internal sealed class EmailOutboxHandler(IEmailSender sender) : IOutboxHandler
{
    public const string MessageType = "email";

    public string Type => MessageType;

    public static OutboxMessage Message(EmailMessage email, DateTimeOffset now) =>
        new(MessageType, JsonSerializer.Serialize(email), now);

    public Task HandleAsync(string payload, CancellationToken cancellationToken) =>
        sender.SendAsync(JsonSerializer.Deserialize<EmailMessage>(payload)!, cancellationToken);
}
