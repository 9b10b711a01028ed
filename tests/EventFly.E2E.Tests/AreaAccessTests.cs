using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EventFly.E2E.Tests;

public sealed class AreaAccessTests(HostFixture host) : BrowserTest(host)
{
    [Fact]
    public async Task Organizer_WhenSignedOut_SignsInAndReturnsToTheOrganizerPortal()
    {
        var page = await NewPageAsync();
        var email = PageExtensions.NewEmail("otto");
        await page.RegisterAsync(email, HostFixture.Password);
        await page.Context.ClearCookiesAsync();

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
        var page = await NewPageAsync();
        await page.SignInAsync(HostFixture.AdminEmail, HostFixture.AdminPassword);
        await page.WaitForURLAsync(Host.BaseUrl + "/");

        await page.GetByRole(AriaRole.Link, new() { Name = "Admin" }).ClickAsync();

        await page.WaitForURLAsync("**/admin");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Platform admin" })).ToBeVisibleAsync();
        await page.ScreenshotAsync("admin");
    }

    [Fact]
    public async Task Admin_ForAParticipant_IsDeniedAndHasNoLink()
    {
        var page = await NewPageAsync();
        await page.RegisterAsync(PageExtensions.NewEmail("nosy"), HostFixture.Password);
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
        var toggle = page.Locator("button[aria-label='Toggle dark mode']");
        await toggle.WaitForAsync();
        var before = await BodyBackgroundAsync(page);

        // The toggle works once WebAssembly has started; click until the theme changes (bounded).
        var after = before;
        for (var attempt = 0; attempt < 40 && after == before; attempt++)
        {
            await toggle.ClickAsync();
            await page.WaitForTimeoutAsync(500);
            after = await BodyBackgroundAsync(page);
        }

        Assert.NotEqual(before, after);
        await page.ScreenshotAsync("home-dark");
    }

    private static Task<string> BodyBackgroundAsync(IPage page) =>
        page.EvaluateAsync<string>("getComputedStyle(document.body).backgroundColor");
}
