using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EventFly.E2E.Tests;

public sealed class AccountFlowTests(HostFixture host) : BrowserTest(host)
{
    [Fact]
    public async Task Register_FillProfile_SaveAndReload_KeepsTheProfile()
    {
        var page = await NewPageAsync();
        await page.GotoAsync("/");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Find your next event" })).ToBeVisibleAsync();
        await page.ScreenshotAsync("home");
        await page.GotoAsync("/register");
        await page.WaitForInteractiveAsync();
        await page.ScreenshotAsync("register");

        await page.SubmitRegistrationAsync(PageExtensions.NewEmail("ada"), HostFixture.Password);
        // The welcome step (interests and a place) is skippable; its link leads on to the whole profile without a reload.
        await page.WaitForInteractiveAsync("welcome-save");
        await page.ScreenshotAsync("welcome");
        await page.Locator("[data-testid=welcome-profile-link]").ClickAsync();
        await page.WaitForURLAsync("**/profile");
        await page.WaitForInteractiveAsync("save-profile");
        await page.Field("displayName").FillAsync("Ada Lovelace");
        await page.Field("city").FillAsync("London");
        await page.Field("latitude").FillAsync("51.5072");
        await page.Field("longitude").FillAsync("-0.1276");
        await page.Field("new-interest").FillAsync("Music");
        await page.Field("new-interest").PressAsync("Enter");
        await page.Locator("[data-testid=save-profile]").ClickAsync();
        await Expect(page.GetByText("Profile saved.")).ToBeVisibleAsync();
        await page.ScreenshotAsync("profile");

        // What the server shows on a new load is the point; the new start of the WebAssembly app is not awaited.
        await page.ReloadAsync();
        await Expect(page.Field("displayName")).ToHaveValueAsync("Ada Lovelace");
        await Expect(page.Field("city")).ToHaveValueAsync("London");
        await Expect(page.Field("latitude")).ToHaveValueAsync("51.5072");
        await Expect(page.Locator(".mud-chip", new() { HasText = "music" })).ToBeVisibleAsync();
        await Expect(page.Locator("header").GetByText("Ada Lovelace")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task ProfileWithInvalidLatitude_ShowsTheErrorAndKeepsTheOldValue()
    {
        var page = await NewSignedInPageAsync(PageExtensions.NewEmail("bad-lat"));
        await page.GotoAsync("/profile");
        await page.WaitForInteractiveAsync("save-profile");

        await page.Field("latitude").FillAsync("200");
        await page.Field("longitude").FillAsync("10");
        await page.Locator("[data-testid=save-profile]").ClickAsync();

        await Expect(page.GetByText("Latitude must be between -90 and 90.")).ToBeVisibleAsync();
        await page.ReloadAsync();
        await Expect(page.Field("latitude")).ToHaveValueAsync("");
    }

    [Fact]
    public async Task SignOutThenSignIn_ShowsTheUserInTheAppBar()
    {
        var email = PageExtensions.NewEmail("grace");
        var page = await NewSignedInPageAsync(email);
        await page.GotoAsync("/");
        await Expect(page.Locator("header").GetByText(email)).ToBeVisibleAsync();

        await page.Locator("[data-testid=sign-out]").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Sign in" }).First).ToBeVisibleAsync();
        await page.SignInAsync(email, HostFixture.Password);

        await page.WaitForURLAsync(Host.BaseUrl + "/");
        await Expect(page.Locator("header").GetByText(email)).ToBeVisibleAsync();

        // The account menu under the name opens and leads to the profile.
        await page.WaitForAppAsync();
        await page.Locator("[data-testid=account-menu]").ClickAsync();
        await page.GetByRole(AriaRole.Menuitem, new() { Name = "Profile" }).ClickAsync();
        await page.WaitForURLAsync(Host.BaseUrl + "/profile");
    }

    [Fact]
    public async Task SignIn_WithWrongPassword_ShowsAnError()
    {
        var page = await NewPageAsync();
        await page.GotoAsync("/login");
        await page.WaitForInteractiveAsync();
        await page.ScreenshotAsync("login");

        await page.Field("email").FillAsync("nobody@e2e.eventfly.dev");
        await page.Field("password").FillAsync("Wrong!Pass1");
        await page.Locator("[data-testid=submit]").ClickAsync();

        await Expect(page.Locator("[data-testid=login-error]")).ToContainTextAsync("Wrong e-mail or password.");
    }
}
