using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EventFly.E2E.Tests;

public sealed class LocalizationFlowTests(HostFixture host) : BrowserTest(host)
{
    // 18:00 UTC is 19:00 in Berlin, the event's zone.
    private static readonly DateTimeOffset ChristmasEve = new(DateTimeOffset.UtcNow.Year + 1, 12, 24, 18, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task SwitchingToGerman_ShowsGermanTextDatesAndEuros_AndStaysGermanAfterAReload()
    {
        var eventId = await EventWithATicketAsync();
        var page = await NewSignedInPageAsync(PageExtensions.NewEmail("leserin"));
        await page.GotoAsync($"/events/{eventId}");
        await Expect(page.GetByText("Add to calendar")).ToBeVisibleAsync();
        await page.WaitForAppAsync();

        await page.Locator("[data-testid=account-menu]").ClickAsync();
        await page.Locator("[data-testid=language-de]").ClickAsync();

        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "de");
        await ExpectGermanAsync(page);
        // The WebAssembly app takes over in German too: nothing flips back to English once it is interactive.
        await page.WaitForAppAsync();
        await ExpectGermanAsync(page);
        await page.DocsScreenshotAsync("event-page-de");

        await page.ReloadAsync();
        await page.WaitForAppAsync();
        await ExpectGermanAsync(page);
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Meine Tickets" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Guest_SwitchesToGerman_AndTheDeviceRemembersIt()
    {
        var eventId = await EventWithATicketAsync();
        var page = await NewPageAsync();
        await page.GotoAsync($"/events/{eventId}");
        await page.WaitForAppAsync();

        await page.Locator("[data-testid=language-menu] button").First.ClickAsync();
        await page.Locator("[data-testid=language-de]").ClickAsync();

        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "de");
        await page.WaitForAppAsync();
        Assert.Equal("de", await page.EvaluateAsync<string>("() => localStorage.getItem('eventfly.language')"));
        await page.GotoAsync("/");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Finde dein nächstes Event" })).ToBeVisibleAsync();
    }

    private static async Task ExpectGermanAsync(IPage page)
    {
        await Expect(page.Locator("[data-testid=event-when]")).ToContainTextAsync($"24. Dezember {ChristmasEve.Year}, 19:00");
        await Expect(page.Locator("[data-testid=ticket-type]").First).ToContainTextAsync("12,50 €");
        await Expect(page.GetByText("Zum Kalender hinzufügen")).ToBeVisibleAsync();
    }

    private async Task<Guid> EventWithATicketAsync()
    {
        var organizer = PageExtensions.NewEmail("lesebuehne");
        await Host.CreateAccountAsync(organizer);
        using var api = await ApiSession.SignInAsync(Host, organizer);
        var eventId = await api.PublishedEventAsync("Weihnachtslesung", "Lesebühne", ChristmasEve);
        await api.TicketTypeAsync(eventId, "Sitzplatz", 12.50m);
        return eventId;
    }
}
