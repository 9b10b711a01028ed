using System.Text.RegularExpressions;
using static Microsoft.Playwright.Assertions;

namespace EventFly.E2E.Tests;

/// <summary>Recommendations as a new participant meets them: the welcome step's interests and city, then the home page's list with its reasons.</summary>
public sealed partial class RecommendationFlowTests(HostFixture host) : BrowserTest(host)
{
    [Fact]
    public async Task NewParticipant_PicksAnInterestAndACity_SeesTheMatchingNearbyEventFirst_WithReasons()
    {
        // Lyon, where no other test places events (so plain names, as the README's pictures show them): in its centre (the
        // city the participant picks) are a jazz concert 1.9 km away and a market, and a jazz night is on in Helsinki. All
        // on sale, so all may be recommended; next week, at hours such events keep.
        var nextWeek = new DateTimeOffset(DateTime.UtcNow.Date.AddDays(7), TimeSpan.Zero);
        const string nearJazz = "Jazz on the Saône", nearMarket = "Croix-Rousse market", farJazz = "Helsinki jazz night";
        var organizer = PageExtensions.NewEmail("lyon-org");
        await Host.CreateAccountAsync(organizer);
        using (var api = await ApiSession.SignInAsync(Host, organizer))
        {
            await OnSaleAsync(api, nearJazz, "Péniche Jazz Club", nextWeek.AddHours(18),
                new("Quartets on a river barge.", "music", ["jazz"], "Péniche Loupika", "Lyon", 45.7485, 4.8467, "Europe/Paris"));
            await OnSaleAsync(api, nearMarket, "Croix-Rousse Traders", nextWeek.AddHours(7),
                new("Cheese, bread and cider from the region.", "food", ["market"], "Boulevard de la Croix-Rousse", "Lyon", 45.7745, 4.8320, "Europe/Paris"));
            await OnSaleAsync(api, farJazz, "Helsinki Jazz Society", nextWeek.AddHours(19),
                new("Late sets by the harbour.", "music", ["jazz"], "Storyville", "Helsinki", 60.1699, 24.9384, "Europe/Helsinki"));
        }

        // Registering leads to the welcome step: one chip and a city from the list.
        var page = await NewPageAsync();
        await page.GotoAsync("/register");
        await page.WaitForInteractiveAsync();
        await page.SubmitRegistrationAsync(PageExtensions.NewEmail("lyonnaise"), HostFixture.Password);
        await page.WaitForInteractiveAsync("welcome-save");
        var jazz = page.Locator("[data-testid=interest-jazz]");
        await jazz.ClickAsync();
        await Expect(jazz).ToHaveClassAsync(SelectedChip());
        await page.Field("city-search").FillAsync("Lyon");
        await page.Locator(".mud-popover-open .mud-list-item", new() { HasText = "Lyon, France" }).ClickAsync();
        await Expect(page.Field("city-search")).ToHaveValueAsync("Lyon, France");
        await page.DocsScreenshotAsync("recommendations-welcome");

        // Saved, the home page recommends: the jazz concert near by comes first, saying why.
        await page.Locator("[data-testid=welcome-save]").ClickAsync();
        await page.WaitForURLAsync(Host.BaseUrl + "/");
        var recommendations = page.Locator("[data-testid=recommendations]");
        var cards = recommendations.Locator("[data-testid=recommendation-card]");
        await Expect(cards.First).ToContainTextAsync(nearJazz);
        var reasons = cards.First.Locator("[data-testid=recommendation-reasons]");
        await Expect(reasons).ToContainTextAsync("Matches your interest: jazz");
        await Expect(reasons).ToContainTextAsync("1.9 km from you");
        // The others are offered too, each with its reason: the market for being near, the far concert for its music.
        await Expect(cards.Filter(new() { HasText = nearMarket }).Locator("[data-testid=recommendation-reasons]")).ToContainTextAsync("km from you");
        await Expect(cards.Filter(new() { HasText = farJazz }).Locator("[data-testid=recommendation-reasons]")).ToContainTextAsync("Matches your interest: jazz");
        await Expect(recommendations.Locator("[data-testid=recommendations-basis]")).ToHaveTextAsync("From your interests and the location in your profile.");
        await recommendations.DocsScreenshotAsync("recommendations-home");
    }

    private static async Task OnSaleAsync(ApiSession api, string name, string organization, DateTimeOffset startsAt, EventAbout about)
    {
        var eventId = await api.PublishedEventAsync(name, organization, startsAt, about);
        await api.TicketTypeAsync(eventId, "Entry", 0);
    }

    [GeneratedRegex(@"\bmud-chip-selected\b")]
    private static partial Regex SelectedChip();
}
