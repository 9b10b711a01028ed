using System.Text.RegularExpressions;
using EventFly.Testing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EventFly.E2E.Tests;

/// <summary>Password reset by e-mail and two-factor sign-in, through the app's pages and the mails in the pickup folder.</summary>
public sealed partial class AccountSecurityFlowTests(HostFixture host) : BrowserTest(host)
{
    private const string NewPassword = "Reset!Pass456";

    [Fact]
    public async Task ForgotPassword_MailedLinkToTheResetPage_SignsInWithTheNewPassword()
    {
        var email = PageExtensions.NewEmail("forgetful");
        await Host.CreateAccountAsync(email);
        var page = await NewPageAsync();
        // Reset links go to confirmed addresses only: open the registration mail's link first.
        await page.GotoAsync(await Mailbox.WaitForLinkAsync(Host.MailFolder, email, ConfirmLink()));
        await Expect(page.Locator("[data-testid=confirm-email-done]")).ToBeVisibleAsync();
        await page.DocsScreenshotAsync("confirm-email");

        await page.GotoAsync("/login");
        await page.WaitForInteractiveAsync();
        await page.Locator("[data-testid=forgot-password]").ClickAsync();
        await page.WaitForURLAsync("**/forgot-password");
        await page.Locator("[data-testid=submit]:not([disabled])").WaitForAsync();
        await page.Field("email").FillAsync(email);
        await page.DocsScreenshotAsync("forgot-password");
        await page.Locator("[data-testid=submit]").ClickAsync();
        await Expect(page.Locator("[data-testid=forgot-password-sent]")).ToBeVisibleAsync();

        await page.GotoAsync(await Mailbox.WaitForLinkAsync(Host.MailFolder, email, ResetLink()));
        await page.WaitForInteractiveAsync();
        await page.Field("new-password").FillAsync(NewPassword);
        await page.Field("confirm-password").FillAsync(NewPassword);
        await page.DocsScreenshotAsync("reset-password");
        await page.Locator("[data-testid=submit]").ClickAsync();
        await Expect(page.Locator("[data-testid=reset-password-done]")).ToBeVisibleAsync();

        await page.SignInAsync(email, NewPassword);
        await page.WaitForURLAsync(Host.BaseUrl + "/");
        await Expect(page.Locator("header").GetByText(email)).ToBeVisibleAsync();
    }

    [Fact]
    public async Task TwoFactor_TurnedOnOnTheSecurityPage_SignInAsksForTheCode()
    {
        var email = PageExtensions.NewEmail("careful");
        var page = await NewSignedInPageAsync(email);
        await page.GotoAsync("/account/security");
        await page.WaitForAppAsync();
        // Not confirmed yet: the app reminds.
        await Expect(page.Locator("[data-testid=confirm-email-banner]")).ToBeVisibleAsync();
        var key = await page.Locator("[data-testid=shared-key]").InnerTextAsync();
        await page.DocsScreenshotAsync("account-security");

        await page.Field("two-factor-code").FillAsync(Totp.Code(key, DateTimeOffset.UtcNow));
        await page.Locator("[data-testid=enable-two-factor]").ClickAsync();
        await Expect(page.Locator("[data-testid=recovery-codes]")).ToBeVisibleAsync();
        await Expect(page.Locator("[data-testid=two-factor-status]")).ToHaveTextAsync("On");
        await page.DocsScreenshotAsync("account-security-recovery-codes");

        var other = await NewPageAsync();
        await other.SignInAsync(email, HostFixture.Password);
        await Expect(other.Field("two-factor-code")).ToBeVisibleAsync();
        await other.DocsScreenshotAsync("login-two-factor");
        // The code that turned two-factor on is spent: the authenticator's next one.
        await other.Field("two-factor-code").FillAsync(Totp.Code(key, DateTimeOffset.UtcNow.AddSeconds(30)));
        await other.Locator("[data-testid=submit-code]").ClickAsync();
        await other.WaitForURLAsync(Host.BaseUrl + "/");
        await Expect(other.Locator("header").GetByText(email)).ToBeVisibleAsync();
    }

    [GeneratedRegex(@"(https?://[^\s""<>)]+/confirm-email\?[^\s""<>)]+)")]
    private static partial Regex ConfirmLink();

    [GeneratedRegex(@"(https?://[^\s""<>)]+/reset-password\?[^\s""<>)]+)")]
    private static partial Regex ResetLink();
}
