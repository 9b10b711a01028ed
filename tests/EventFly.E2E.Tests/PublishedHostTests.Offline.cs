using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EventFly.E2E.Tests;

/// <summary>
/// The participant app offline (issue #18), on a phone against the published build (only it has the service worker):
/// tickets, their QR codes and their events stay on the device for the signed-in account, the kept pages open without a
/// network, sign-out forgets them, and a new version of the app asks before it takes over.
/// </summary>
public sealed partial class PublishedHostTests
{
    private static readonly ViewportSize Phone = new() { Width = 360, Height = 740 };

    /// <summary>
    /// Offline for the page and for its service worker: the browser's offline mode does not reach the worker's own
    /// fetches (microsoft/playwright#2311), so every request that reaches the network (the page's all pass the worker)
    /// is refused as a dropped connection would refuse it.
    /// </summary>
    private static readonly Func<IRoute, Task> RefuseServiceWorkerRequests = route => route.AbortAsync("internetdisconnected");

    [Fact]
    public async Task Phone_TakesAFreeTicket_ThenOffline_StillShowsTheTicketItsQrAndItsEvent_UntilBackOnline()
    {
        var eventName = $"Jazz on the Rhône {Guid.NewGuid().ToString("N")[..6]}";
        var organizer = PageExtensions.NewEmail("offline-org");
        await Host.CreateAccountAsync(organizer);
        using (var api = await ApiSession.SignInAsync(Host, organizer))
        {
            var id = await api.PublishedEventAsync(eventName, "Quai Jazz", DateTimeOffset.UtcNow.AddDays(7),
                new("Quartets on the quay.", "music", ["jazz"], "Quai Augagneur", "Lyon", 45.7600, 4.8430, "Europe/Paris"));
            await api.TicketTypeAsync(id, "Free entry", 0);
        }

        // Register, pick an interest and a city, and find the event near by.
        var page = await NewPageAsync(Phone);
        await page.GotoAsync("/register");
        await page.WaitForInteractiveAsync();
        await page.SubmitRegistrationAsync(PageExtensions.NewEmail("offline-fan"), HostFixture.Password);
        await page.WaitForInteractiveAsync("welcome-save");
        await page.Locator("[data-testid=interest-jazz]").ClickAsync();
        await page.Field("city-search").FillAsync("Lyon");
        await page.Locator(".mud-popover-open .mud-list-item", new() { HasText = "Lyon, France" }).ClickAsync();
        await Expect(page.Field("city-search")).ToHaveValueAsync("Lyon, France");
        await page.Locator("[data-testid=welcome-save]").ClickAsync();
        await page.WaitForURLAsync(Host.BaseUrl + "/");
        var card = page.Locator("[data-testid=recommendation-card]", new() { HasText = eventName });
        await Expect(card.Locator("[data-testid=recommendation-reasons]")).ToContainTextAsync("km from you");

        // A free ticket and its QR.
        await card.GetByRole(AriaRole.Link).First.ClickAsync();
        await Expect(page.Locator("[data-testid=event-when]")).ToBeVisibleAsync();
        var quantity = page.Locator("[data-testid=ticket-type] input").First;
        await quantity.FillAsync("1");
        await quantity.BlurAsync();
        await Expect(page.Locator("[data-testid=order-total]")).ToHaveTextAsync("Free");
        await page.Locator("[data-testid=get-tickets]:not([disabled])").ClickAsync();
        await page.WaitForURLAsync("**/orders/**");
        await Expect(page.Locator("[data-testid=ticket-qr] img")).ToBeVisibleAsync();

        // My tickets from the bottom navigation; kept once the QR shows and the worker holds the page.
        await page.Locator("[data-testid=bottom-nav-tickets]").ClickAsync();
        await page.WaitForURLAsync("**/tickets");
        await Expect(page.Locator("[data-testid=ticket-card] [data-testid=ticket-qr] img")).ToBeVisibleAsync();
        await WaitUntilKeptAsync(page, "/tickets");
        await Expect(page.Locator("[data-testid=offline-banner]")).ToHaveCountAsync(0);

        // Offline: the page reloads from the device with the ticket, its QR and the banner.
        await SetOfflineAsync(page.Context, true);
        await page.ReloadAsync();
        await page.WaitForAppAsync();
        await Expect(page.Locator("[data-testid=ticket-card]")).ToContainTextAsync("Free entry");
        await Expect(page.Locator("[data-testid=ticket-card] [data-testid=ticket-qr] img")).ToBeVisibleAsync();
        await Expect(page.Locator("[data-testid=offline-banner]")).ToContainTextAsync("Offline · last updated");
        await page.DocsScreenshotAsync("offline-tickets");

        // The ticket's event opens offline as well.
        await page.GetByRole(AriaRole.Link, new() { Name = eventName }).First.ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = eventName })).ToBeVisibleAsync();
        await Expect(page.Locator("[data-testid=event-when]")).ToBeVisibleAsync();
        await Expect(page.Locator("[data-testid=offline-banner]")).ToBeVisibleAsync();

        // Back online, the banner goes.
        await SetOfflineAsync(page.Context, false);
        await Expect(page.Locator("[data-testid=offline-banner]")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task SigningOut_ForgetsTheKeptTickets_SoOfflineShowsNone()
    {
        var (eventId, ticketTypeId) = await FreeEventAsync();
        var page = await NewSignedInPageAsync(PageExtensions.NewEmail("offline-leaver"), Phone);
        var order = await page.Context.APIRequest.PostAsync($"/api/events/{eventId}/orders",
            new() { DataObject = new { items = new[] { new { ticketTypeId, quantity = 1 } } } });
        Assert.True(order.Ok, $"The free order answered {order.Status}: {await order.TextAsync()}");
        await page.GotoAsync("/tickets");
        await page.WaitForAppAsync();
        await Expect(page.Locator("[data-testid=ticket-card] [data-testid=ticket-qr] img")).ToBeVisibleAsync();
        await WaitUntilKeptAsync(page, "/tickets");
        Assert.NotEmpty(await page.EvaluateAsync<string[]>("() => EventFlyOffline.keys()"));

        await page.Locator("[data-testid=sign-out]").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Sign in" }).First).ToBeVisibleAsync();
        await page.WaitForFunctionAsync("async () => (await EventFlyOffline.keys()).length === 0 && !(await caches.match('/tickets'))",
            null, new() { PollingInterval = 250 });

        await SetOfflineAsync(page.Context, true);
        await page.GotoAsync("/tickets");
        await page.WaitForURLAsync("**/login**");
        await Expect(page.Locator("[data-testid=ticket-card]")).ToHaveCountAsync(0);
        await SetOfflineAsync(page.Context, false);
    }

    [Fact]
    public async Task ANewVersion_IsAnnounced_AndTakesOverOnlyWhenTheUserReloads()
    {
        var page = await NewPageAsync(Phone);
        await page.GotoAsync("/");
        await page.WaitForAppAsync();
        await page.WaitForFunctionAsync("() => !!navigator.serviceWorker.controller", null, new() { PollingInterval = 250 });
        // The first worker is no update: nothing to announce.
        await Expect(page.Locator("[data-testid=update-prompt]")).ToHaveCountAsync(0);

        // A changed worker script (another address for the same scope is an update as well) installs and waits.
        await page.EvaluateAsync("() => navigator.serviceWorker.register('service-worker.js?next=1')");
        var prompt = page.Locator("[data-testid=update-prompt]");
        await Expect(prompt).ToContainTextAsync("A new version is available");
        Assert.False(await page.EvaluateAsync<bool>("() => navigator.serviceWorker.controller.scriptURL.includes('next=1')"));

        var reload = page.WaitForRequestAsync(request => request.IsNavigationRequest);
        await page.Locator("[data-testid=update-reload]").ClickAsync();
        await reload;
        await page.WaitForAppAsync();
        await page.WaitForFunctionAsync("() => navigator.serviceWorker.controller?.scriptURL.includes('next=1')", null, new() { PollingInterval = 250 });
        await Expect(prompt).ToHaveCountAsync(0);
    }

    private static async Task SetOfflineAsync(IBrowserContext context, bool offline)
    {
        if (offline)
        {
            await context.RouteAsync("**", RefuseServiceWorkerRequests);
            await context.SetOfflineAsync(true);
        }
        else
        {
            await context.SetOfflineAsync(false);
            await context.UnrouteAsync("**", RefuseServiceWorkerRequests);
        }
    }

    /// <summary>Waits until the service worker controls the page and has kept <paramref name="path"/> for offline use.</summary>
    private static async Task WaitUntilKeptAsync(IPage page, string path) =>
        await page.WaitForFunctionAsync("async path => !!navigator.serviceWorker.controller && !!(await caches.match(path))", path, new() { PollingInterval = 250 });

    private async Task<(Guid EventId, Guid TicketTypeId)> FreeEventAsync()
    {
        var organizer = PageExtensions.NewEmail("offline-org");
        await Host.CreateAccountAsync(organizer);
        using var api = await ApiSession.SignInAsync(Host, organizer);
        var eventId = await api.PublishedEventAsync($"Offline evening {Guid.NewGuid().ToString("N")[..6]}", "Dead Zone Club");
        return (eventId, await api.TicketTypeAsync(eventId, "Free entry", 0));
    }
}
