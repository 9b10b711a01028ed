using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EventFly.E2E.Tests;

public sealed class EventFlowTests(HostFixture host) : BrowserTest(host)
{
    [Fact]
    public async Task Organizer_CreatesAndPublishesAnEvent_ParticipantFindsItNearItsCity()
    {
        var eventName = $"Leipzig Lantern Walk {Guid.NewGuid().ToString("N")[..6]}";

        // Organizer: an organization, then an event through the portal's form.
        var organizer = await NewSignedInPageAsync(PageExtensions.NewEmail("org"));
        await organizer.GotoAsync("/organizer");
        await organizer.WaitForAppAsync();
        await organizer.Locator("[data-testid=new-organization]").ClickAsync();
        await organizer.Field("organization-name").FillAsync("Leipzig Lights");
        await organizer.Locator("[data-testid=create]").ClickAsync();
        await organizer.Locator("[data-testid=organization-events]").ClickAsync();
        await organizer.Locator("[data-testid=new-event]").ClickAsync();
        await organizer.Locator("[data-testid=save-event]:not([disabled])").WaitForAsync();
        await organizer.Field("event-name").FillAsync(eventName);
        await organizer.Locator("textarea[data-testid=event-description], [data-testid=event-description] textarea").First.FillAsync("A walk with **lanterns** through the old town.");
        await organizer.Field("event-tags").FillAsync("walk, lanterns");
        await organizer.Field("venue-name").FillAsync("Marktplatz");
        await organizer.Field("venue-city").FillAsync("Leipzig");
        await organizer.Field("venue-latitude").FillAsync("51.3397");
        await organizer.Field("venue-longitude").FillAsync("12.3731");
        await organizer.ScreenshotAsync("organizer-event-editor");
        await organizer.Locator("[data-testid=save-event]").ClickAsync();
        await Expect(organizer.Locator("[data-testid=event-status]")).ToHaveTextAsync("draft");
        await organizer.Locator("[data-testid=publish-event]").ClickAsync();
        // No ticket types yet: the organizer is told nobody can register, and may publish anyway (a listing).
        await Expect(organizer.Locator(".mud-dialog")).ToContainTextAsync("It has no tickets yet");
        await organizer.ScreenshotAsync("organizer-publish-without-tickets");
        await organizer.Locator(".mud-dialog").GetByRole(AriaRole.Button, new() { Name = "Publish" }).ClickAsync();
        await Expect(organizer.Locator("[data-testid=event-status]")).ToHaveTextAsync("published");

        // Participant in Leipzig: its home location through the API (the profile page is AccountFlowTests' subject, and
        // would cost one more start of the WebAssembly app), then "near me".
        var participant = await NewSignedInPageAsync(PageExtensions.NewEmail("walker"));
        var located = await participant.Context.APIRequest.PutAsync("/api/me/profile",
            new() { DataObject = new { latitude = 51.34, longitude = 12.38, interests = Array.Empty<string>() } });
        Assert.True(located.Ok, $"Setting the location answered {located.Status}: {await located.TextAsync()}");

        await participant.GotoAsync("/");
        await participant.WaitForAppAsync();
        await participant.Locator("[data-testid=search-radius]").ClickAsync();
        await participant.GetByRole(AriaRole.Option, new() { Name = "within 25 km" }).ClickAsync();
        await participant.Locator("[data-testid=search-submit]").ClickAsync();
        var card = participant.Locator("[data-testid=event-card]", new() { HasText = eventName });
        await Expect(card).ToBeVisibleAsync();
        await Expect(card).ToContainTextAsync("km");
        await participant.ScreenshotAsync("discover-near-me");

        await card.ClickAsync();
        await Expect(participant.GetByRole(AriaRole.Heading, new() { Name = eventName })).ToBeVisibleAsync();
        await Expect(participant.Locator("[data-testid=event-description] strong")).ToHaveTextAsync("lanterns");
        await Expect(participant.Locator("[data-testid=add-to-calendar]")).ToBeVisibleAsync();
        await participant.ScreenshotAsync("event-page");
    }
}
