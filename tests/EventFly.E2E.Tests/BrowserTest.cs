using Microsoft.Playwright;

namespace EventFly.E2E.Tests;

/// <summary>
/// A browser test: its pages log what the browser says (console, page errors, failed requests, closed sockets) to
/// browser.log, and when the test fails each page's address, visible text and a screenshot are kept, since a CI run
/// only leaves its printed output. The pages' contexts close with the test.
/// </summary>
public abstract class BrowserTest(HostFixture host) : IAsyncDisposable
{
    private readonly List<IPage> _pages = [];
    private readonly string _test = TestContext.Current.TestMethod?.MethodName ?? "?";

    protected HostFixture Host => host;

    /// <summary>A fresh browser profile (no cookies) with the app's base URL; 1280×800 unless <paramref name="viewport"/> says otherwise.</summary>
    protected async Task<IPage> NewPageAsync(ViewportSize? viewport = null)
    {
        var page = await host.NewPageAsync(viewport);
        var name = $"{_test}#{_pages.Count + 1}";
        // How long each page load took to become interactive: the budget that runs out first on a loaded machine.
        await page.AddInitScriptAsync("""
            new MutationObserver((_, observer) => {
                if (!document.getElementById('interactive-marker')) return;
                observer.disconnect();
                console.debug(`e2e: interactive ${Math.round(performance.now())} ms after the page was requested`);
            }).observe(document, { subtree: true, childList: true });
            """);
        page.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning" || message.Text.StartsWith("e2e:", StringComparison.Ordinal)
                || message.Text.Contains("connect", StringComparison.OrdinalIgnoreCase))
                host.BrowserLog(name, $"console.{message.Type}: {message.Text}");
        };
        page.PageError += (_, error) => host.BrowserLog(name, $"page error: {error}");
        page.RequestFailed += (_, request) => host.BrowserLog(name, $"request failed: {request.Method} {request.Url} {request.Failure}");
        page.WebSocket += (_, socket) =>
        {
            host.BrowserLog(name, $"websocket open: {socket.Url}");
            socket.Close += (_, _) => host.BrowserLog(name, $"websocket closed: {socket.Url}");
            socket.SocketError += (_, error) => host.BrowserLog(name, $"websocket error: {socket.Url} {error}");
        };
        page.FrameNavigated += (_, frame) => { if (frame.ParentFrame is null) host.BrowserLog(name, $"navigated: {frame.Url}"); };
        _pages.Add(page);
        return page;
    }

    /// <summary>
    /// A fresh browser profile signed in as a new account, both made through the API: for tests whose subject is not
    /// registration (the register page and the welcome page it leads to would start the WebAssembly app twice, the
    /// slowest step of a browser test on a loaded machine). The page has not loaded anything yet.
    /// </summary>
    protected async Task<IPage> NewSignedInPageAsync(string email, ViewportSize? viewport = null)
    {
        await host.CreateAccountAsync(email);
        return await NewPageSignedInAsAsync(email, HostFixture.Password, viewport);
    }

    /// <summary>A fresh browser profile signed in through the API as an existing account; nothing loaded yet.</summary>
    protected async Task<IPage> NewPageSignedInAsAsync(string email, string password, ViewportSize? viewport = null)
    {
        var page = await NewPageAsync(viewport);
        // The context's request client shares the browser profile's cookies: the sign-in cookie lands there.
        var login = await page.Context.APIRequest.PostAsync("/api/auth/login?useCookies=true", new() { DataObject = new { email, password } });
        if (!login.Ok) throw new InvalidOperationException($"Signing in {email} answered {login.Status}: {await login.TextAsync()}");
        return page;
    }

    public async ValueTask DisposeAsync()
    {
        if (TestContext.Current.TestState?.Result == TestResult.Failed)
        {
            for (var i = 0; i < _pages.Count; i++)
                await DescribeAsync(_pages[i], $"{_test}#{i + 1}");
        }
        foreach (var page in _pages) await page.Context.CloseAsync();
        GC.SuppressFinalize(this);
    }

    private async Task DescribeAsync(IPage page, string name)
    {
        try
        {
            var text = await page.EvaluateAsync<string>("() => document.body ? document.body.innerText : ''");
            var interactive = await page.Locator("#interactive-marker").CountAsync() > 0;
            host.BrowserLog(name, $"FAILED at {page.Url} (interactive by now: {interactive}); visible text: {Squeeze(text, 1500)}");
            await page.ScreenshotAsync(new() { Path = Path.Combine(HostFixture.ScreenshotFolder, $"failed-{name.Replace('#', '-')}.png"), FullPage = true });
        }
        catch (PlaywrightException ex)
        {
            host.BrowserLog(name, $"FAILED; the page could not be read: {ex.Message}");
        }
    }

    private static string Squeeze(string text, int max)
    {
        var flat = string.Join(" | ", text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        return flat.Length <= max ? flat : flat[..max] + "…";
    }
}
