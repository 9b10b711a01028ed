using Microsoft.Playwright;

namespace EventFly.E2E.Tests;

internal static class PageExtensions
{
    /// <summary>A MudBlazor input by the data-testid given to its component (it lands on the input or around it).</summary>
    public static ILocator Field(this IPage page, string testId) =>
        page.Locator($"input[data-testid={testId}], [data-testid={testId}] input").First;

    /// <summary>Forms stay disabled until the page is interactive; wait for that, and for the layout to settle, before typing.</summary>
    public static async Task WaitForInteractiveAsync(this IPage page, string buttonTestId = "submit")
    {
        await page.WaitForAppAsync();
        await page.Locator($"[data-testid={buttonTestId}]:not([disabled])").WaitForAsync();
    }

    /// <summary>
    /// After a full page load: wait until the page's renderer (server circuit or WebAssembly) handles clicks and the
    /// layout has finished its first interactive render (the marker comes last, see MainLayout).
    /// </summary>
    public static Task WaitForAppAsync(this IPage page) =>
        page.Locator("#interactive-marker").WaitForAsync(new() { State = WaitForSelectorState.Attached });

    /// <summary>
    /// Opens a portal tab. Blazor Server can drop a click that lands while a freshly loaded page is still settling its
    /// tabs (the browser gets "There is no event handler associated with this event", browser.log shows it); a user
    /// clicks again, and so does this (at most three clicks) when the tab did not open. Opening a tab twice is harmless.
    /// </summary>
    public static async Task OpenTabAsync(this IPage page, string name)
    {
        var tab = page.GetByRole(AriaRole.Tab, new() { Name = name });
        for (var click = 1; ; click++)
        {
            await tab.ClickAsync();
            try
            {
                await Assertions.Expect(tab).ToHaveAttributeAsync("aria-selected", "true", new() { Timeout = 5_000 });
                return;
            }
            catch (PlaywrightException) when (click < 3)
            {
                // Dropped: click again.
            }
        }
    }

    /// <summary>Signs in through the sign-in page, for tests about signing in (others sign in through the API).</summary>
    public static async Task SignInAsync(this IPage page, string email, string password)
    {
        await page.GotoAsync("/login");
        await page.WaitForInteractiveAsync();
        await page.Field("email").FillAsync(email);
        await page.Field("password").FillAsync(password);
        await page.Locator("[data-testid=submit]").ClickAsync();
    }

    /// <summary>
    /// Fills and sends the register page already open and interactive; ends on the welcome step it leads to. Only for
    /// tests about registration: others make their accounts through the API (<c>BrowserTest.NewSignedInPageAsync</c>),
    /// which spares two starts of the WebAssembly app each.
    /// </summary>
    public static async Task SubmitRegistrationAsync(this IPage page, string email, string password)
    {
        await page.Field("email").FillAsync(email);
        await page.Field("password").FillAsync(password);
        await page.Locator("[data-testid=submit]").ClickAsync();
        await page.WaitForURLAsync("**/welcome");
    }

    public static async Task ScreenshotAsync(this IPage page, string name)
    {
        var path = Path.Combine(HostFixture.ScreenshotFolder, name + ".png");
        await page.ScreenshotAsync(new() { Path = path, FullPage = true });
        TestContext.Current.TestOutputHelper?.WriteLine($"screenshot: {path}");
    }

    /// <summary>
    /// A screenshot of what the viewport shows, beside the others; with <c>EVENTFLY_SCREENSHOTS=1</c> also into the
    /// repository's docs/screenshots (the README's pictures), so that ordinary runs leave the work tree clean.
    /// </summary>
    public static async Task DocsScreenshotAsync(this IPage page, string name) =>
        await KeepForDocsAsync(await page.ScreenshotAsync(new() { Path = Path.Combine(HostFixture.ScreenshotFolder, name + ".png") }), name);

    /// <summary>As <see cref="DocsScreenshotAsync(IPage, string)"/>, of one part of the page.</summary>
    public static async Task DocsScreenshotAsync(this ILocator part, string name) =>
        await KeepForDocsAsync(await part.ScreenshotAsync(new() { Path = Path.Combine(HostFixture.ScreenshotFolder, name + ".png") }), name);

    private static async Task KeepForDocsAsync(byte[] shot, string name)
    {
        if (Environment.GetEnvironmentVariable("EVENTFLY_SCREENSHOTS") != "1") return;
        var path = Path.Combine(HostFixture.RepositoryRoot(), "docs", "screenshots", name + ".png");
        await File.WriteAllBytesAsync(path, shot);
        TestContext.Current.TestOutputHelper?.WriteLine($"screenshot: {path}");
    }

    public static string NewEmail(string prefix) => $"{prefix}-{Guid.NewGuid():N}@e2e.eventfly.dev";
}
