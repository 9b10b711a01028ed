using System.Text;
using System.Text.Json;
using EventFly.Domain.Ticketing;
using EventFly.Services.Common;
using EventFly.Services.Events.Contracts;
using EventFly.Services.Identity.Contracts;
using EventFly.Services.Mail;
using EventFly.Services.Outbox;
using EventFly.Services.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using QRCoder;
using EventFly.Services.Ticketing.Contracts;
using EventFly.Services.Ticketing.Mails;
using EventFly.Services.Ticketing.Persistence;

namespace EventFly.Services.Ticketing;

/// <summary>
/// Which ticketing e-mail to send about which order or waitlist entry; for a cancellation, whether the money goes back
/// and whether the event's cancellation was the reason.
/// </summary>
internal sealed record TicketMail(TicketMailKind Kind, Guid Id, bool Refunded = false, bool EventCancelled = false);

internal enum TicketMailKind
{
    Confirmation,
    Cancellation,
    WaitlistOffer,
}

/// <summary>
/// The e-mails of ticketing. The change that causes one stores only a small <see cref="TicketMail"/> in the outbox (in
/// its transaction); the e-mail itself, with its QR images and .ics, is composed when the outbox dispatches it, so no
/// buyer waits for PNG encoding while holding the database's write lock.
/// </summary>
internal sealed class TicketMails(
    TicketingData db, IProfileService accounts, IEventService events, TicketCodes codes, MailRenderer renderer, IEmailSender sender,
    IOptions<EventFlyOptions> options)
    : IOutboxHandler
{
    public const string MessageType = "ticketing.mail";

    public static readonly TimeSpan WaitlistOfferValidity = TimeSpan.FromHours(24);

    public string Type => MessageType;

    private Uri PublicUrl => options.Value.PublicUrl;

    public static OutboxMessage Message(TicketMail mail, DateTimeOffset now) => new(MessageType, JsonSerializer.Serialize(mail), now);

    public async Task HandleAsync(string payload, CancellationToken cancellationToken)
    {
        var mail = JsonSerializer.Deserialize<TicketMail>(payload)!;
        var email = mail.Kind switch
        {
            TicketMailKind.WaitlistOffer => await WaitlistOfferAsync(mail.Id, cancellationToken),
            // Confirmed meanwhile cancelled: no tickets to send any more.
            TicketMailKind.Confirmation => await OrderAsync(mail.Id, cancellationToken) is { Status: OrderStatus.Confirmed } order
                ? await ConfirmationAsync(order, cancellationToken) : null,
            _ => await OrderAsync(mail.Id, cancellationToken) is { } cancelled ? await CancellationAsync(cancelled, mail, cancellationToken) : null,
        };
        if (email is not null) await sender.SendAsync(email, cancellationToken);
    }

    private Task<Order?> OrderAsync(Guid orderId, CancellationToken cancellationToken) =>
        db.Orders.AsNoTracking().Include(o => o.Tickets).SingleOrDefaultAsync(o => o.Id == orderId, cancellationToken);

    /// <summary>Tickets issued: one QR image per ticket and the event's .ics attached, the receipt when something was paid.</summary>
    private async Task<EmailMessage?> ConfirmationAsync(Order order, CancellationToken cancellationToken)
    {
        if (await accounts.GetAccountAsync(order.BuyerId, cancellationToken) is not { } buyer) return null;
        var typeIds = order.Tickets.Select(t => t.TicketTypeId).Distinct().ToList();
        var types = await db.TicketTypes.AsNoTracking().Where(t => typeIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, cancellationToken);
        var ev = await events.GetForTicketHoldersAsync(order.EventId, cancellationToken);
        var eventUrl = new Uri(PublicUrl, $"/events/{ev.Id}").ToString();
        var attachments = new List<EmailAttachment>();
        var lines = new List<TicketMailLine>();
        foreach (var ticket in order.Tickets)
        {
            var type = types[ticket.TicketTypeId];
            var line = new TicketMailLine(lines.Count + 1, type.Name, type.AccessLevel, $"ticket-{lines.Count + 1}.png");
            attachments.Add(new EmailAttachment(line.QrFileName, "image/png", QrPng(await codes.SignAsync(ticket.Code, cancellationToken))));
            lines.Add(line);
        }
        attachments.Add(new EmailAttachment("event.ics", "text/calendar", Encoding.UTF8.GetBytes(await events.GetCalendarAsync(new Actor(order.BuyerId), ev.Id, eventUrl, cancellationToken))));
        return await renderer.RenderAsync<TicketConfirmationMail>(new MailEnvelope(buyer.Email, buyer.Language, ev.TimeZone, Attachments: attachments), new Dictionary<string, object?>
        {
            [nameof(TicketConfirmationMail.BuyerName)] = buyer.DisplayName ?? buyer.Email,
            [nameof(TicketConfirmationMail.EventName)] = ev.Name,
            [nameof(TicketConfirmationMail.StartsAt)] = ev.StartsAt,
            [nameof(TicketConfirmationMail.Tickets)] = lines,
            [nameof(TicketConfirmationMail.Amount)] = order.TotalAmount,
            [nameof(TicketConfirmationMail.Currency)] = order.Currency,
            [nameof(TicketConfirmationMail.OrderReference)] = order.Reference,
            [nameof(TicketConfirmationMail.TicketsUrl)] = new Uri(PublicUrl, "/tickets").ToString(),
        }, cancellationToken);
    }

    private async Task<EmailMessage?> CancellationAsync(Order order, TicketMail mail, CancellationToken cancellationToken)
    {
        if (await accounts.GetAccountAsync(order.BuyerId, cancellationToken) is not { } buyer) return null;
        var ev = await events.GetForTicketHoldersAsync(order.EventId, cancellationToken);
        return await renderer.RenderAsync<OrderCancellationMail>(new MailEnvelope(buyer.Email, buyer.Language, ev.TimeZone), new Dictionary<string, object?>
        {
            [nameof(OrderCancellationMail.BuyerName)] = buyer.DisplayName ?? buyer.Email,
            [nameof(OrderCancellationMail.EventName)] = ev.Name,
            [nameof(OrderCancellationMail.EventCancelled)] = mail.EventCancelled,
            [nameof(OrderCancellationMail.Refund)] = mail.Refunded ? order.TotalAmount : null,
            [nameof(OrderCancellationMail.Currency)] = order.Currency,
        }, cancellationToken);
    }

    private async Task<EmailMessage?> WaitlistOfferAsync(Guid entryId, CancellationToken cancellationToken)
    {
        var entry = await db.WaitlistEntries.AsNoTracking().SingleOrDefaultAsync(w => w.Id == entryId, cancellationToken);
        if (entry is not { Status: WaitlistStatus.Offered } || await accounts.GetAccountAsync(entry.UserId, cancellationToken) is not { } person) return null;
        var type = await db.TicketTypes.AsNoTracking().SingleAsync(t => t.Id == entry.TicketTypeId, cancellationToken);
        var ev = await events.GetForTicketHoldersAsync(entry.EventId, cancellationToken);
        return await renderer.RenderAsync<WaitlistOfferMail>(new MailEnvelope(person.Email, person.Language, ev.TimeZone), new Dictionary<string, object?>
        {
            [nameof(WaitlistOfferMail.Name)] = person.DisplayName ?? person.Email,
            [nameof(WaitlistOfferMail.Quantity)] = entry.Quantity,
            [nameof(WaitlistOfferMail.TypeName)] = type.Name,
            [nameof(WaitlistOfferMail.EventName)] = ev.Name,
            [nameof(WaitlistOfferMail.ClaimUrl)] = new Uri(PublicUrl, $"/events/{ev.Id}?claim={entry.Id}").ToString(),
            [nameof(WaitlistOfferMail.ExpiresAt)] = entry.OfferExpiresAt!.Value,
        }, cancellationToken);
    }

    public static byte[] QrPng(string content)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(content, QRCodeGenerator.ECCLevel.M);
        return new PngByteQRCode(data).GetGraphic(8);
    }
}
