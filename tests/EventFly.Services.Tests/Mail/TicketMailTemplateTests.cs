using EventFly.Services.Mail;
using EventFly.Services.Ticketing.Mails;

namespace EventFly.Services.Tests.Mail;

/// <summary>Ticketing's mails in both languages; the screenshots of docs/screenshots come from <see cref="WriteSamplesAsync"/>.</summary>
public sealed class TicketMailTemplateTests
{
    private static readonly DateTimeOffset StartsAt = new(2026, 12, 5, 18, 0, 0, TimeSpan.Zero);

    public static Task<EmailMessage> ConfirmationAsync(string language, decimal amount = 12.50m) =>
        MailRendererTests.Renderer().RenderAsync<TicketConfirmationMail>(new MailEnvelope("ada@example.org", language, "Europe/Berlin"), new Dictionary<string, object?>
        {
            [nameof(TicketConfirmationMail.BuyerName)] = "Ada",
            [nameof(TicketConfirmationMail.EventName)] = "Winter Jazz & Friends",
            [nameof(TicketConfirmationMail.StartsAt)] = StartsAt,
            [nameof(TicketConfirmationMail.Tickets)] = new List<TicketMailLine> { new(1, "Standing", "General", "ticket-1.png"), new(2, "Balcony", "VIP", "ticket-2.png") },
            [nameof(TicketConfirmationMail.Amount)] = amount,
            [nameof(TicketConfirmationMail.Currency)] = "EUR",
            [nameof(TicketConfirmationMail.OrderReference)] = "EF-7Q2K",
            [nameof(TicketConfirmationMail.TicketsUrl)] = "https://eventfly.test/tickets",
        }, CancellationToken.None);

    public static Task<EmailMessage> WaitlistOfferAsync(string language) =>
        MailRendererTests.Renderer().RenderAsync<WaitlistOfferMail>(new MailEnvelope("ada@example.org", language, "Europe/Berlin"), new Dictionary<string, object?>
        {
            [nameof(WaitlistOfferMail.Name)] = "Ada",
            [nameof(WaitlistOfferMail.Quantity)] = 2,
            [nameof(WaitlistOfferMail.TypeName)] = "Standing",
            [nameof(WaitlistOfferMail.EventName)] = "Winter Jazz & Friends",
            [nameof(WaitlistOfferMail.ClaimUrl)] = "https://eventfly.test/events/1?claim=2",
            [nameof(WaitlistOfferMail.ExpiresAt)] = StartsAt.AddDays(-1),
        }, CancellationToken.None);

    [Fact]
    public async Task AGermanSpeakingBuyer_GetsTheGermanConfirmation()
    {
        var mail = await ConfirmationAsync("de");

        Assert.Equal("Deine Tickets für Winter Jazz & Friends", mail.Subject);
        Assert.Contains("deine Tickets für Winter Jazz & Friends am Samstag, 5. Dezember 2026, 19:00 sind bestätigt.", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("Bezahlt: 12,50 € (Bestellung EF-7Q2K).", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("- Ticket 2: Balcony (VIP), QR-Code in ticket-2.png", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("Meine Tickets (https://eventfly.test/tickets)", mail.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFreeOrder_HasNoReceiptLine()
    {
        var paid = await ConfirmationAsync("en");
        var free = await ConfirmationAsync("en", amount: 0);

        Assert.Contains("Paid: €12.50 (order EF-7Q2K).", paid.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("Paid", free.TextBody, StringComparison.Ordinal);
        Assert.Equal("Your tickets for Winter Jazz & Friends", free.Subject);
    }

    [Fact]
    public async Task TheWaitlistOffer_ShowsItsExpiryInTheEventsZone()
    {
        var mail = await WaitlistOfferAsync("de");

        Assert.Equal("Tickets verfügbar: Winter Jazz & Friends", mail.Subject);
        Assert.Contains("Tickets sichern (https://eventfly.test/events/1?claim=2)", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("Das Angebot gilt bis Freitag, 4. Dezember 2026, 19:00 (Zeitzone Europe/Berlin)", mail.TextBody, StringComparison.Ordinal);
    }

    /// <summary>Writes sample mails as HTML for a look in a browser: set EVENTFLY_MAIL_SAMPLES to a folder.</summary>
    [Fact]
    public async Task WriteSamplesAsync()
    {
        if (Environment.GetEnvironmentVariable("EVENTFLY_MAIL_SAMPLES") is not { Length: > 0 } folder) return;
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, "confirmation-en.html"), (await ConfirmationAsync("en")).HtmlBody);
        await File.WriteAllTextAsync(Path.Combine(folder, "waitlist-de.html"), (await WaitlistOfferAsync("de")).HtmlBody);
    }
}
