using System.Net;
using System.Net.Http.Json;
using EventFly.Client.Contracts;

namespace EventFly.Web.Tests;

public sealed class LocalizationTests(EventFlyFactory factory) : IClassFixture<EventFlyFactory>
{
    [Fact]
    public async Task GermanAccount_IsSavedOnTheAccount_AndGetsGermanPagesAndMails()
    {
        var email = await AccountMailbox.CreateConfirmedUserAsync(factory); // reset mails go to confirmed addresses only
        using (var client = await factory.CreateBearerClientAsync(email, EventFlyFactory.Password))
        {
            (await client.PutAsJsonAsync("/api/me/profile", new ProfileDto { Language = "de" })).EnsureSuccessStatusCode();
            Assert.Equal("de", (await client.GetFromJsonAsync<ProfileDto>("/api/me/profile"))!.Language);
        }

        // Another device, an English browser: the account's language wins when prerendering.
        using var browser = factory.CreateClient();
        browser.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-US");
        (await browser.PostAsJsonAsync("/api/auth/login?useCookies=true", new { email, password = EventFlyFactory.Password })).EnsureSuccessStatusCode();
        var page = await browser.GetStringAsync("/tickets");
        Assert.Contains("<html lang=\"de\">", page, StringComparison.Ordinal);
        Assert.Contains("Meine Tickets", page, StringComparison.Ordinal);

        using var anonymous = factory.CreateClient();
        (await anonymous.PostAsJsonAsync("/api/auth/forgotPassword", new { email })).EnsureSuccessStatusCode();
        var mail = await OrganizationScenario.WaitForEmailAsync(factory, email, "Setze dein EventFly-Passwort zurück");
        Assert.Contains("Passwort", mail.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Guest_GetsTheBrowsersLanguage_UnlessTheCultureCookieSaysOtherwise()
    {
        using var german = factory.CreateClient();
        german.DefaultRequestHeaders.AcceptLanguage.ParseAdd("de-DE,de;q=0.9,en;q=0.5");
        var page = WebUtility.HtmlDecode(await german.GetStringAsync("/"));
        Assert.Contains("<html lang=\"de\">", page, StringComparison.Ordinal);
        Assert.Contains("Finde dein nächstes Event", page, StringComparison.Ordinal);

        using var chosen = factory.CreateClient();
        chosen.DefaultRequestHeaders.AcceptLanguage.ParseAdd("de-DE");
        chosen.DefaultRequestHeaders.Add("Cookie", ".AspNetCore.Culture=" + Uri.EscapeDataString("c=en|uic=en"));
        page = await chosen.GetStringAsync("/");
        Assert.Contains("<html lang=\"en\">", page, StringComparison.Ordinal);
        Assert.Contains("Find your next event", page, StringComparison.Ordinal);

        using var unknown = factory.CreateClient();
        unknown.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr-FR");
        Assert.Contains("<html lang=\"en\">", await unknown.GetStringAsync("/"), StringComparison.Ordinal);
    }
}
