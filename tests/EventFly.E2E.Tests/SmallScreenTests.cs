using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EventFly.E2E.Tests;

/// <summary>The participant app on a 360 px phone: nothing scrolls sideways, and the touch targets are finger-sized.</summary>
public sealed class SmallScreenTests(HostFixture host) : BrowserTest(host)
{
    private static readonly ViewportSize Phone = new() { Width = 360, Height = 740 };

    /// <summary>WCAG 2.5.5's target size, and the platforms' own (Apple 44 pt, Material 48 dp).</summary>
    private const int MinTarget = 44;

    /// <summary>
    /// The primary touch targets: the app bar's buttons and links, the drawer's and the bottom navigation, and filled
    /// (primary) buttons. Inline text links are left alone.
    /// </summary>
    private const string TouchTargets = ".mud-appbar button, .mud-appbar a, .mud-appbar .mud-chip, .mud-navmenu a, .bottom-nav a, .mud-button-filled";

    [Fact]
    public async Task ParticipantPages_At360px_DoNotScrollSideways_AndHaveFingerSizedTargets()
    {
        var organizer = PageExtensions.NewEmail("phone-organizer");
        await Host.CreateAccountAsync(organizer);
        Guid eventId, ticketTypeId;
        using (var api = await ApiSession.SignInAsync(Host, organizer))
        {
            eventId = await api.PublishedEventAsync($"Pocket-sized poetry night {Guid.NewGuid().ToString("N")[..6]}", "Small Screens");
            ticketTypeId = await api.TicketTypeAsync(eventId, "Free entry", 0);
        }
        var page = await NewSignedInPageAsync(PageExtensions.NewEmail("phone"), Phone);
        var order = await page.Context.APIRequest.PostAsync($"/api/events/{eventId}/orders",
            new() { DataObject = new { items = new[] { new { ticketTypeId, quantity = 1 } } } });
        Assert.True(order.Ok, $"The free order answered {order.Status}: {await order.TextAsync()}");
        var problems = new List<string>();

        await page.GotoAsync("/");
        await page.WaitForAppAsync();
        await Expect(page.Locator("[data-testid=result-count]")).ToBeVisibleAsync();
        problems.AddRange(await MeasureAsync(page, "/"));
        await page.DocsScreenshotAsync("mobile-home");

        await page.NavigateInAppAsync($"/events/{eventId}");
        await Expect(page.Locator("[data-testid=event-when]")).ToBeVisibleAsync();
        problems.AddRange(await MeasureAsync(page, "event page"));
        await page.DocsScreenshotAsync("mobile-event");

        await page.NavigateInAppAsync("/tickets");
        await Expect(page.Locator("[data-testid=ticket-card]").First).ToBeVisibleAsync();
        problems.AddRange(await MeasureAsync(page, "/tickets"));

        await page.NavigateInAppAsync("/profile");
        await page.Locator("[data-testid=profile-form]").WaitForAsync();
        problems.AddRange(await MeasureAsync(page, "/profile"));

        problems.AddRange(await BottomNavigationAsync(page, "/profile"));

        Assert.True(problems.Count == 0, "At 360 px:\n" + string.Join('\n', problems));

        // Wider screens navigate with the drawer: no bottom navigation there.
        await page.SetViewportSizeAsync(1280, 800);
        await Expect(page.Locator("[data-testid=bottom-nav]")).ToBeHiddenAsync();
    }

    /// <summary>The bottom navigation shows, and scrolled to the end the page's last content ends above it, not under it.</summary>
    private static async Task<IEnumerable<string>> BottomNavigationAsync(IPage page, string name)
    {
        await Expect(page.Locator("[data-testid=bottom-nav]")).ToBeVisibleAsync();
        var found = await page.EvaluateAsync<JsonElement>("""
            () => {
                window.scrollTo(0, document.documentElement.scrollHeight);
                const nav = document.querySelector('[data-testid=bottom-nav]').getBoundingClientRect();
                const content = document.querySelector('.mud-main-content .mud-container').getBoundingClientRect();
                return { navTop: nav.top, contentBottom: content.bottom };
            }
            """);
        var navTop = found.GetProperty("navTop").GetDouble();
        var contentBottom = found.GetProperty("contentBottom").GetDouble();
        return contentBottom <= navTop + 1 ? [] : [$"{name}: the bottom navigation (top {navTop:F0}) covers the page's content (bottom {contentBottom:F0})"];
    }

    /// <summary>Sideways overflow and too-small visible touch targets on the page as it is now.</summary>
    private static async Task<IEnumerable<string>> MeasureAsync(IPage page, string name)
    {
        var found = await page.EvaluateAsync<JsonElement>("""
            ([selector, min]) => {
                const root = document.documentElement;
                const small = [...document.querySelectorAll(selector)]
                    .filter(e => e.offsetParent !== null || getComputedStyle(e).position === 'fixed')
                    .map(e => ({ e, r: e.getBoundingClientRect() }))
                    .filter(({ r }) => r.width > 0 && (r.width < min || r.height < min))
                    .map(({ e, r }) => `${e.tagName.toLowerCase()}.${[...e.classList].slice(0, 3).join('.')} "${(e.getAttribute('aria-label') || e.textContent || '').trim().slice(0, 30)}" ${Math.round(r.width)}x${Math.round(r.height)}`);
                const wide = [...document.querySelectorAll('body *')]
                    .filter(e => e.getBoundingClientRect().right > root.clientWidth + 1)
                    .slice(0, 5)
                    .map(e => `${e.tagName.toLowerCase()}.${[...e.classList].slice(0, 3).join('.')} right=${Math.round(e.getBoundingClientRect().right)}`);
                // The app bar is fixed: a button past its edge makes no scroll, it is just cut off.
                const cut = [...document.querySelectorAll('.mud-appbar button, .mud-appbar a')]
                    .filter(e => e.offsetParent !== null && e.getBoundingClientRect().right > root.clientWidth + 0.5)
                    .map(e => `${e.tagName.toLowerCase()} "${(e.getAttribute('aria-label') || e.textContent || '').trim().slice(0, 30)}" right=${Math.round(e.getBoundingClientRect().right)}`);
                return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, small, wide, cut };
            }
            """, new object[] { TouchTargets, MinTarget });
        var problems = new List<string>();
        var scrollWidth = found.GetProperty("scrollWidth").GetInt32();
        var clientWidth = found.GetProperty("clientWidth").GetInt32();
        TestContext.Current.TestOutputHelper?.WriteLine($"{name}: scrollWidth {scrollWidth}, clientWidth {clientWidth}");
        if (scrollWidth > clientWidth)
            problems.Add($"{name}: scrolls sideways (scrollWidth {scrollWidth} > clientWidth {clientWidth}); wide: {string.Join("; ", found.GetProperty("wide").EnumerateArray())}");
        problems.AddRange(found.GetProperty("cut").EnumerateArray().Select(c => $"{name}: app bar control past the right edge ({clientWidth} px): {c}"));
        problems.AddRange(found.GetProperty("small").EnumerateArray().Select(s => $"{name}: touch target under {MinTarget}×{MinTarget} px: {s}"));
        return problems;
    }
}
