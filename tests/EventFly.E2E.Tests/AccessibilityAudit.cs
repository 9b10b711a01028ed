using System.Globalization;
using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace EventFly.E2E.Tests;

/// <summary>
/// Runs axe-core over pages and collects every serious or critical violation, so that one run names all of them (rule,
/// impact, element, help) instead of stopping at the first page that has one.
/// </summary>
internal sealed class AccessibilityAudit
{
    private static readonly string[] Blocking = ["serious", "critical"];
    private readonly StringBuilder _found = new();
    private int _checked;

    /// <summary>Checks the page as it is now, in its current theme, then in the other one (the app bar's toggle); ends in the other theme.</summary>
    public async Task CheckBothThemesAsync(IPage page, string name)
    {
        await CheckAsync(page, $"{name} ({await ThemeAsync(page)})");
        await page.ToggleThemeAsync();
        await CheckAsync(page, $"{name} ({await ThemeAsync(page)})");
    }

    /// <summary>What axe finds on the page once its colour transitions have ended.</summary>
    public async Task CheckAsync(IPage page, string name)
    {
        _checked++;
        // MudBlazor fades colours (CSS transitions of about 250 ms, after a theme toggle or a button being enabled): the
        // text colour changes at once, its background does not, and axe measuring between the two reports contrast the
        // settled page does not have.
        await page.WaitForFunctionAsync("() => document.getAnimations().every(a => !(a instanceof CSSTransition) || a.playState !== 'running')");
        var result = await page.RunAxe();
        foreach (var violation in result.Violations.Where(v => Blocking.Contains(v.Impact)))
        {
            _found.AppendLine(CultureInfo.InvariantCulture, $"{name}: {violation.Id} [{violation.Impact}] {violation.Help} ({violation.HelpUrl})");
            foreach (var node in violation.Nodes.Take(5))
                _found.AppendLine(CultureInfo.InvariantCulture, $"    {node.Target} {Squeeze(node.Html)}");
            if (violation.Nodes.Length > 5) _found.AppendLine(CultureInfo.InvariantCulture, $"    … and {violation.Nodes.Length - 5} more");
        }
    }

    /// <summary>Fails with every violation found, page by page.</summary>
    public void AssertNone()
    {
        TestContext.Current.TestOutputHelper?.WriteLine($"axe: {_checked} page states checked");
        Assert.True(_found.Length == 0, $"Serious or critical accessibility violations in {_checked} page states:\n{_found}");
    }

    private static async Task<string> ThemeAsync(IPage page) =>
        await page.Locator("[data-testid=theme-toggle]").GetAttributeAsync("aria-pressed") == "true" ? "dark" : "light";

    private static string Squeeze(string? html) => html is null ? "" : html.Length <= 160 ? html : html[..160] + "…";
}

/// <summary>Page helpers of the accessibility and small-screen tests.</summary>
internal static class AccessibilityPageExtensions
{
    /// <summary>Switches light/dark with the app bar's toggle and waits until the theme provider has applied it.</summary>
    public static async Task ToggleThemeAsync(this IPage page)
    {
        var toggle = page.Locator("[data-testid=theme-toggle]");
        var dark = await toggle.GetAttributeAsync("aria-pressed") == "true";
        await toggle.ClickAsync();
        await Assertions.Expect(toggle).ToHaveAttributeAsync("aria-pressed", dark ? "false" : "true");
        // The tooltip the click left open would be checked as part of the page; move the pointer away.
        await page.Mouse.MoveAsync(0, 0);
    }

    /// <summary>Navigates inside the running app (no new page load, so no second start of the WebAssembly app).</summary>
    public static async Task NavigateInAppAsync(this IPage page, string path)
    {
        await page.EvaluateAsync("path => Blazor.navigateTo(path)", path);
        await page.WaitForURLAsync("**" + path);
    }
}
