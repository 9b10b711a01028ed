using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EventFly.E2E.Tests;

public sealed class AreaAccessTests(HostFixture host) : BrowserTest(host)
{
    [Fact]
    public async Task Organizer_WhenSignedOut_SignsInAndReturnsToTheOrganizerPortal()
    {
        var email = PageExtensions.NewEmail("otto");
        await Host.CreateAccountAsync(email);
        var page = await NewPageAsync();

        await page.GotoAsync("/organizer");
        await page.WaitForURLAsync("**/login?**");
        await page.WaitForInteractiveAsync();
        await page.Field("email").FillAsync(email);
        await page.Field("password").FillAsync(HostFixture.Password);
        await page.Locator("[data-testid=submit]").ClickAsync();

        await page.WaitForURLAsync("**/organizer");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Organizer portal" })).ToBeVisibleAsync();
        await page.ScreenshotAsync("organizer");
    }

    [Fact]
    public async Task Admin_SeesTheAdminLinkAndPage()
    {
        var page = await NewPageSignedInAsAsync(HostFixture.AdminEmail, HostFixture.AdminPassword);
        await page.GotoAsync("/");

        await page.GetByRole(AriaRole.Link, new() { Name = "Admin" }).ClickAsync();

        await page.WaitForURLAsync("**/admin");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Platform admin" })).ToBeVisibleAsync();
        await page.ScreenshotAsync("admin");
    }

    [Fact]
    public async Task Admin_ForAParticipant_IsDeniedAndHasNoLink()
    {
        var page = await NewSignedInPageAsync(PageExtensions.NewEmail("nosy"));
        await page.GotoAsync("/");
        // The menu is the signed-in one (with the participant's own links), and without the admin's.
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "My tickets" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Admin" })).ToHaveCountAsync(0);

        await page.GotoAsync("/admin");

        await Expect(page.GetByText("Access denied")).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Platform admin" })).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task DarkModeToggle_SwitchesTheTheme()
    {
        var page = await NewPageAsync();
        await page.GotoAsync("/");
        // The marker comes after the layout has applied the system's theme, which would otherwise undo an early click.
        await page.WaitForAppAsync();
        var before = await page.EvaluateAsync<string>("getComputedStyle(document.body).backgroundColor");

        await page.Locator("button[aria-label='Toggle dark mode']").ClickAsync();

        await Expect(page.Locator("body")).Not.ToHaveCSSAsync("background-color", before);
        await page.ScreenshotAsync("home-dark");
    }
}
