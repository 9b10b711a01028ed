using EventFly.Services.Mail;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace EventFly.Services.Tests.Mail;

/// <summary>The renderer: language, time zone and currency formats, encoding, the layout's footer and the text part.</summary>
public sealed class MailRendererTests
{
    // 18:00 UTC is 19:00 in Berlin (CET).
    private static readonly DateTimeOffset StartsAt = new(2026, 12, 5, 18, 0, 0, TimeSpan.Zero);

    public static Task<EmailMessage> RenderAsync(MailEnvelope envelope, string eventName = "Winter Jazz", string name = "Ada") =>
        Renderer().RenderAsync<SampleMail>(envelope, new Dictionary<string, object?>
        {
            [nameof(SampleMail.Name)] = name,
            [nameof(SampleMail.EventName)] = eventName,
            [nameof(SampleMail.StartsAt)] = StartsAt,
            [nameof(SampleMail.Amount)] = 12.50m,
            [nameof(SampleMail.Currency)] = "EUR",
            [nameof(SampleMail.Link)] = "https://eventfly.test/events/1",
        }, CancellationToken.None);

    public static MailRenderer Renderer()
    {
        var services = new ServiceCollection().AddLogging().AddLocalization().BuildServiceProvider();
        return new MailRenderer(services, NullLoggerFactory.Instance);
    }

    [Fact]
    public async Task InGerman_DatesAreInTheEventsZone_AndMoneyInGermanFormat()
    {
        var mail = await RenderAsync(new MailEnvelope("ada@example.org", "de", "Europe/Berlin"));

        Assert.Contains("Samstag, 5. Dezember 2026, 19:00", mail.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("Samstag, 5. Dezember 2026, 19:00", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("12,50 €", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"de\">", mail.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("EventFly: Events, Tickets und Live-Momente an einem Ort.", mail.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InEnglish_DatesAndMoneyUseEnglishFormats()
    {
        var mail = await RenderAsync(new MailEnvelope("ada@example.org", "en", "Europe/Berlin"));

        Assert.Contains("Saturday, December 5, 2026, 7:00", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("€12.50", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("€12.50", mail.HtmlBody, StringComparison.Ordinal);
        Assert.Equal("Sample for Winter Jazz", mail.Subject);
    }

    [Fact]
    public async Task WithoutLanguageOrZone_ItIsEnglishInUtc()
    {
        var mail = await RenderAsync(new MailEnvelope("ada@example.org", Language: null, TimeZone: "Not/AZone"));

        Assert.Contains("Saturday, December 5, 2026, 6:00", mail.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HostileInput_IsEncodedInHtml_AndPlainInText()
    {
        var mail = await RenderAsync(new MailEnvelope("ada@example.org"), eventName: "<script>alert(1)</script> Rock & Roll", name: "Tom & Jerry");

        Assert.DoesNotContain("<script>", mail.HtmlBody, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; Rock &amp; Roll", mail.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("Hello Tom &amp; Jerry,", mail.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("<script>alert(1)</script> Rock & Roll starts on", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("Hello Tom & Jerry,", mail.TextBody, StringComparison.Ordinal);
        Assert.Equal("Sample for <script>alert(1)</script> Rock & Roll", mail.Subject);
    }

    [Fact]
    public async Task TheTextPart_KeepsParagraphsLineBreaksListsAndLinks()
    {
        var mail = await RenderAsync(new MailEnvelope("ada@example.org"));

        Assert.StartsWith("EventFly\n\nHello Ada,\n\nWinter Jazz starts on", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("Paid: €12.50\nThank you.\n\n- First ticket\n- Second ticket\n\nOpen the event (https://eventfly.test/events/1)", mail.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("<", mail.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheFooter_SaysWhy_AndLinksUnsubscribe_OnlyWhenGiven()
    {
        var transactional = await RenderAsync(new MailEnvelope("ada@example.org"));
        var newsletter = await RenderAsync(new MailEnvelope("ada@example.org", UnsubscribeUrl: "https://eventfly.test/unsubscribe/abc"));

        Assert.Contains("You get this mail because you follow Winter Jazz.", transactional.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("Unsubscribe", transactional.HtmlBody, StringComparison.Ordinal);
        Assert.Null(transactional.Headers);
        Assert.Contains("href=\"https://eventfly.test/unsubscribe/abc\"", newsletter.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("Unsubscribe from these e-mails (https://eventfly.test/unsubscribe/abc)", newsletter.TextBody, StringComparison.Ordinal);
        Assert.Equal("https://eventfly.test/unsubscribe/abc", newsletter.Headers?.UnsubscribeUrl);
    }

    [Fact]
    public async Task TheCallersCulture_IsLeftAsItWas()
    {
        var before = System.Globalization.CultureInfo.CurrentUICulture;

        await RenderAsync(new MailEnvelope("ada@example.org", "de"));

        Assert.Equal(before, System.Globalization.CultureInfo.CurrentUICulture);
    }
}
