using System.Globalization;
using System.Net;
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
using EventFly.Services.Ticketing.Persistence;

namespace EventFly.Services.Ticketing;

/// <summary>Which ticketing e-mail to send about which order or waitlist entry.</summary>
internal sealed record TicketMail(TicketMailKind Kind, Guid Id, bool Refunded = false);

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
    TicketingData db, IProfileService accounts, IEventService events, TicketCodes codes, IEmailSender sender, IOptions<EventFlyOptions> options)
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
            _ => await OrderAsync(mail.Id, cancellationToken) is { } cancelled ? await CancellationAsync(cancelled, mail.Refunded, cancellationToken) : null,
        };
        if (email is not null) await sender.SendAsync(email, cancellationToken);
    }

    private Task<Order?> OrderAsync(Guid orderId, CancellationToken cancellationToken) =>
        db.Orders.AsNoTracking().Include(o => o.Tickets).SingleOrDefaultAsync(o => o.Id == orderId, cancellationToken);

    /// <summary>Tickets issued: one QR image per ticket and the event's .ics attached.</summary>
    private async Task<EmailMessage?> ConfirmationAsync(Order order, CancellationToken cancellationToken)
    {
        if (await accounts.GetAccountAsync(order.BuyerId, cancellationToken) is not { } buyer) return null;
        var typeIds = order.Tickets.Select(t => t.TicketTypeId).Distinct().ToList();
        var types = await db.TicketTypes.AsNoTracking().Where(t => typeIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, cancellationToken);
        var ev = await events.GetForTicketHoldersAsync(order.EventId, cancellationToken);
        var eventUrl = new Uri(PublicUrl, $"/events/{ev.Id}").ToString();
        var attachments = new List<EmailAttachment>();
        var rows = new StringBuilder();
        var lines = new StringBuilder();
        var number = 0;
        foreach (var ticket in order.Tickets)
        {
            number++;
            var type = types[ticket.TicketTypeId];
            attachments.Add(new EmailAttachment($"ticket-{number}.png", "image/png", QrPng(await codes.SignAsync(ticket.Code, cancellationToken))));
            rows.Append(CultureInfo.InvariantCulture, $"<li>Ticket {number}: {WebUtility.HtmlEncode(type.Name)} ({WebUtility.HtmlEncode(type.AccessLevel)}), QR in ticket-{number}.png</li>");
            lines.Append(CultureInfo.InvariantCulture, $"- Ticket {number}: {type.Name} ({type.AccessLevel}), QR in ticket-{number}.png\n");
        }
        attachments.Add(new EmailAttachment("event.ics", "text/calendar", Encoding.UTF8.GetBytes(await events.GetCalendarAsync(new Actor(order.BuyerId), ev.Id, eventUrl, cancellationToken))));
        var when = ev.StartsAt.ToString("dddd d MMMM yyyy, HH:mm zzz", CultureInfo.InvariantCulture);
        // The receipt: what was paid, for which order.
        var receipt = order.TotalAmount > 0
            ? $" Paid: {order.TotalAmount.ToString("0.00", CultureInfo.InvariantCulture)} {order.Currency} (order {order.Reference})."
            : "";
        var ticketsUrl = new Uri(PublicUrl, "/tickets").ToString();
        var html = $"""
            <p>Hello {WebUtility.HtmlEncode(buyer.DisplayName ?? buyer.Email)},</p>
            <p>Your tickets for <strong>{WebUtility.HtmlEncode(ev.Name)}</strong> on {WebUtility.HtmlEncode(when)} are confirmed.{WebUtility.HtmlEncode(receipt)}</p>
            <ul>{rows}</ul>
            <p>Show the QR code at the entrance, from this e-mail or from <a href="{WebUtility.HtmlEncode(ticketsUrl)}">My tickets</a>. The event is attached for your calendar.</p>
            """;
        var text = $"""
            Hello {buyer.DisplayName ?? buyer.Email},

            Your tickets for {ev.Name} on {when} are confirmed.{receipt}

            {lines}
            Show the QR code at the entrance, from this e-mail or from My tickets: {ticketsUrl}
            """;
        return new EmailMessage(buyer.Email, $"Your tickets for {ev.Name}", html, text, attachments);
    }

    private async Task<EmailMessage?> CancellationAsync(Order order, bool refunded, CancellationToken cancellationToken)
    {
        if (await accounts.GetAccountAsync(order.BuyerId, cancellationToken) is not { } buyer) return null;
        var ev = await events.GetForTicketHoldersAsync(order.EventId, cancellationToken);
        var refund = refunded ? $" The {order.TotalAmount.ToString("0.00", CultureInfo.InvariantCulture)} {order.Currency} you paid will be refunded." : "";
        return new EmailMessage(buyer.Email, $"Order cancelled: {ev.Name}",
            $"<p>Your order for <strong>{WebUtility.HtmlEncode(ev.Name)}</strong> was cancelled; its tickets no longer admit anyone.{WebUtility.HtmlEncode(refund)}</p>",
            $"Your order for {ev.Name} was cancelled; its tickets no longer admit anyone.{refund}");
    }

    private async Task<EmailMessage?> WaitlistOfferAsync(Guid entryId, CancellationToken cancellationToken)
    {
        var entry = await db.WaitlistEntries.AsNoTracking().SingleOrDefaultAsync(w => w.Id == entryId, cancellationToken);
        if (entry is not { Status: WaitlistStatus.Offered } || await accounts.GetAccountAsync(entry.UserId, cancellationToken) is not { } person) return null;
        var type = await db.TicketTypes.AsNoTracking().SingleAsync(t => t.Id == entry.TicketTypeId, cancellationToken);
        var ev = await events.GetForTicketHoldersAsync(entry.EventId, cancellationToken);
        var link = new Uri(PublicUrl, $"/events/{ev.Id}?claim={entry.Id}").ToString();
        var until = entry.OfferExpiresAt!.Value.ToString("dddd d MMMM yyyy HH:mm 'UTC'", CultureInfo.InvariantCulture);
        var html = $"""
            <p>Good news: {entry.Quantity} × <strong>{WebUtility.HtmlEncode(type.Name)}</strong> for <strong>{WebUtility.HtmlEncode(ev.Name)}</strong> became available and are held for you.</p>
            <p><a href="{WebUtility.HtmlEncode(link)}" style="background:#5B3CC4;color:#fff;padding:10px 18px;border-radius:8px;text-decoration:none">Claim your tickets</a></p>
            <p>The offer holds until {until}; after that the seats go to the next person waiting.</p>
            """;
        var text = $"""
            Good news: {entry.Quantity} x {type.Name} for {ev.Name} became available and are held for you.

            Claim your tickets: {link}

            The offer holds until {until}; after that the seats go to the next person waiting.
            """;
        return new EmailMessage(person.Email, $"Tickets available: {ev.Name}", html, text);
    }

    public static byte[] QrPng(string content)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(content, QRCodeGenerator.ECCLevel.M);
        return new PngByteQRCode(data).GetGraphic(8);
    }
}
