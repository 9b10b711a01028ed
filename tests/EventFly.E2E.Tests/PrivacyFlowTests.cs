using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EventFly.E2E.Tests;

/// <summary>"Your data" on the profile page (ADR 0030): download everything as JSON, then delete the account.</summary>
public sealed class PrivacyFlowTests(HostFixture host) : BrowserTest(host)
{
    [Fact]
    public async Task DownloadMyData_ThenDeleteTheAccount_SignsOutAndTheOldPasswordNoLongerWorks()
    {
        var email = PageExtensions.NewEmail("leaving");
        var page = await NewSignedInPageAsync(email);
        await page.GotoAsync("/profile");
        await page.WaitForInteractiveAsync("delete-account");

        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("[data-testid=download-my-data]").ClickAsync());
        await using (var stream = await download.CreateReadStreamAsync())
        using (var reader = new StreamReader(stream))
        {
            var json = await reader.ReadToEndAsync();
            Assert.Contains(email, json, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("\"sections\"", json, StringComparison.Ordinal);
        }
        Assert.EndsWith(".json", download.SuggestedFilename, StringComparison.Ordinal);

        await page.Locator("[data-testid=delete-account]").ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await Expect(dialog.GetByText("This cannot be undone.")).ToBeVisibleAsync();
        await page.Field("delete-account-password").FillAsync("Not!MyPassword1");
        await page.Locator("[data-testid=delete-account-confirm]").ClickAsync();
        await Expect(dialog.GetByText("That is not your current password.")).ToBeVisibleAsync();
        await page.ScreenshotAsync("delete-account-dialog");

        await page.Field("delete-account-password").FillAsync(HostFixture.Password);
        await page.Locator("[data-testid=delete-account-confirm]").ClickAsync();

        await page.WaitForURLAsync("**/account/goodbye");
        await Expect(page.Locator("[data-testid=account-deleted]")).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Sign in" }).First).ToBeVisibleAsync();
        var login = await page.Context.APIRequest.PostAsync("/api/auth/login", new() { DataObject = new { email, password = HostFixture.Password } });
        Assert.Equal(401, login.Status);
    }
}
