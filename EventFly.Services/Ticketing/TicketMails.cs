using System.Globalization;
using System.Net;
using System.Text;
using EventFly.Domain.Ticketing;
using EventFly.Services.Events;
using EventFly.Services.Identity;
using EventFly.Services.Mail;
using EventFly.Services.Outbox;
using Microsoft.Extensions.Options;
using QRCoder;

namespace EventFly.Services.Ticketing;

/// <summary>The e-mails of ticketing, put in the outbox with the change that causes them.</summary>
internal sealed class TicketMails(IProfileService accounts, IEventService events, TicketCodes codes, IOptions<EventFlyOptions> options)
{
    private Uri PublicUrl => options.Value.PublicUrl;

    /// <summary>Tickets issued: one QR image per ticket and the event's .ics attached.</summary>
    public async Task<OutboxMessage?> ConfirmationAsync(Order order, IReadOnlyDictionary<Guid, TicketType> types, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (await accounts.GetAccountAsync(order.BuyerId, cancellationToken) is not { } buyer) return null;
        var ev = await events.GetAsync(order.EventId, cancellationToken);
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
        attachments.Add(new EmailAttachment("event.ics", "text/calendar", Encoding.UTF8.GetBytes(await events.GetCalendarAsync(ev.Id, eventUrl, cancellationToken))));
        var when = ev.StartsAt.ToString("dddd d MMMM yyyy, HH:mm zzz", CultureInfo.InvariantCulture);
        var ticketsUrl = new Uri(PublicUrl, "/tickets").ToString();
        var html = $"""
            <p>Hello {WebUtility.HtmlEncode(buyer.DisplayName ?? buyer.Email)},</p>
            <p>Your tickets for <strong>{WebUtility.HtmlEncode(ev.Name)}</strong> on {WebUtility.HtmlEncode(when)} are confirmed.</p>
            <ul>{rows}</ul>
            <p>Show the QR code at the entrance, from this e-mail or from <a href="{WebUtility.HtmlEncode(ticketsUrl)}">My tickets</a>. The event is attached for your calendar.</p>
            """;
        var text = $"""
            Hello {buyer.DisplayName ?? buyer.Email},

            Your tickets for {ev.Name} on {when} are confirmed.

            {lines}
            Show the QR code at the entrance, from this e-mail or from My tickets: {ticketsUrl}
            """;
        return EmailOutboxHandler.Message(new EmailMessage(buyer.Email, $"Your tickets for {ev.Name}", html, text, attachments), now);
    }

    public async Task<OutboxMessage?> CancellationAsync(Order order, bool refunded, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (await accounts.GetAccountAsync(order.BuyerId, cancellationToken) is not { } buyer) return null;
        var ev = await events.GetAsync(order.EventId, cancellationToken);
        var refund = refunded ? $" The {order.TotalAmount.ToString("0.00", CultureInfo.InvariantCulture)} {order.Currency} you paid will be refunded." : "";
        return EmailOutboxHandler.Message(new EmailMessage(buyer.Email, $"Order cancelled: {ev.Name}",
            $"<p>Your order for <strong>{WebUtility.HtmlEncode(ev.Name)}</strong> was cancelled; its tickets no longer admit anyone.{WebUtility.HtmlEncode(refund)}</p>",
            $"Your order for {ev.Name} was cancelled; its tickets no longer admit anyone.{refund}"), now);
    }

    public async Task<OutboxMessage?> WaitlistOfferAsync(WaitlistEntry entry, TicketType type, CancellationToken cancellationToken)
    {
        if (await accounts.GetAccountAsync(entry.UserId, cancellationToken) is not { } person) return null;
        var ev = await events.GetAsync(entry.EventId, cancellationToken);
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
        return EmailOutboxHandler.Message(new EmailMessage(person.Email, $"Tickets available: {ev.Name}", html, text), entry.OfferExpiresAt.Value - WaitlistOfferValidity);
    }

    public static readonly TimeSpan WaitlistOfferValidity = TimeSpan.FromHours(24);

    public static byte[] QrPng(string content)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(content, QRCodeGenerator.ECCLevel.M);
        return new PngByteQRCode(data).GetGraphic(8);
    }
}
