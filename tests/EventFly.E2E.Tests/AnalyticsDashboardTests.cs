using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EventFly.E2E.Tests;

/// <summary>A host of its own with the demo data (weeks of sales, a past concert with check-ins and feedback), for the dashboards.</summary>
public sealed class DemoHostFixture() : HostFixture(demoData: true, "demo-");

/// <summary>
/// The dashboards over the demo data, as the demo's organizer and the platform's admin see them: numbers from the
/// read models, charts drawn, and the screenshots the README shows.
/// </summary>
public sealed class AnalyticsDashboardTests(DemoHostFixture host) : BrowserTest(host), IClassFixture<DemoHostFixture>
{
    private const string Organizer = "otto@demo.eventfly.dev";
    private const string DemoPassword = "Demo!Pass1";
    private const string Concert = "Riverside Spring Concert";
    private static readonly ViewportSize Tall = new() { Width = 1280, Height = 1500 };

    [Fact]
    public async Task Organizer_SeesTheOrganizationsAndThePastConcertsDashboards()
    {
        using var otto = await ApiSession.SignInAsync(Host, Organizer, DemoPassword);
        var riverside = (await otto.GetAsync("/api/organizations")).EnumerateArray().Single(o => o.GetProperty("name").GetString() == "Riverside Events");
        var page = await NewPageSignedInAsAsync(Organizer, DemoPassword, Tall);

        await page.GotoAsync($"/organizer/o/{riverside.GetProperty("id").GetGuid()}/analytics");
        await page.WaitForAppAsync();
        await Expect(page.Locator("[data-testid=kpi-tickets] [data-testid=kpi-value]")).Not.ToHaveTextAsync("0");
        await Expect(page.Locator("[data-testid=kpi-pageviews] [data-testid=kpi-value]")).Not.ToHaveTextAsync("0");
        await Expect(page.Locator("[data-testid=chart-tickets] svg").First).ToBeVisibleAsync();
        await page.DocsScreenshotAsync("analytics-organization");

        await page.Locator("[data-testid=event-analytics-link]", new() { HasText = Concert }).ClickAsync();
        await page.WaitForURLAsync("**/organizer/events/*/analytics");
        await Expect(page.GetByText(Concert).First).ToBeVisibleAsync();
        // Sold over weeks, scanned at the door, rated afterwards: every part of the dashboard has numbers.
        await Expect(page.Locator("[data-testid=kpi-tickets] [data-testid=kpi-value]")).Not.ToHaveTextAsync("0");
        await Expect(page.Locator("[data-testid=kpi-checkins] [data-testid=kpi-value]")).Not.ToHaveTextAsync("0");
        await Expect(page.Locator("[data-testid=kpi-feedback] [data-testid=kpi-value]")).ToContainTextAsync(".");
        await Expect(page.Locator("[data-testid=chart-checkins] svg").First).ToBeVisibleAsync();
        await page.DocsScreenshotAsync("analytics-event");
    }

    [Fact]
    public async Task Admin_SeesThePlatformDashboardAndOperations_AndRebuildsTheAnalytics()
    {
        var page = await NewPageSignedInAsAsync(HostFixture.AdminEmail, HostFixture.AdminPassword, Tall);

        await page.GotoAsync("/admin");
        await page.WaitForAppAsync();
        await Expect(page.Locator("[data-testid=kpi-organizations] [data-testid=kpi-value]")).Not.ToHaveTextAsync("0");
        await Expect(page.Locator("[data-testid=top-events]")).ToContainTextAsync(Concert);
        await Expect(page.Locator("[data-testid=ops-jobs-table]")).ToContainTextAsync("Healthy");
        await page.DocsScreenshotAsync("analytics-admin");

        // The rebuild button runs the job in the background; the section shows how it went.
        await page.Locator("[data-testid=ops-rebuild-start]:not([disabled])").ClickAsync();
        await Expect(page.Locator("[data-testid=ops-rebuild-state]")).ToContainTextAsync("Last rebuilt");
        await Expect(page.Locator("[data-testid=ops-model-current]")).ToBeVisibleAsync();
        await page.Locator("[data-testid=admin-operations]").DocsScreenshotAsync("analytics-admin-operations");
        await Expect(page.Locator("[data-testid=top-events]")).ToContainTextAsync(Concert);
    }
}
