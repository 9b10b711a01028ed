using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EventFly.E2E.Tests;

/// <summary>The offline door scanner (ADR 0031): two door devices, no network, one ticket scanned at both.</summary>
public sealed partial class DoorScannerTests(HostFixture host) : BrowserTest(host)
{
    private static readonly ViewportSize Phone = new() { Width = 390, Height = 844 };

    [Fact]
    public async Task TwoOfflineDoors_ScanTheSameTicket_TheServerKeepsOneCheckIn_AndTheLaterDoorShowsTheConflict()
    {
        var email = PageExtensions.NewEmail("doors");
        await Host.CreateAccountAsync(email);
        using var api = await ApiSession.SignInAsync(Host, email);
        var eventId = await api.PublishedEventAsync($"Door night {Guid.NewGuid().ToString("N")[..6]}");
        var typeId = await api.TicketTypeAsync(eventId, "Standing", 0);
        var order = await api.PostAsync($"/api/events/{eventId}/orders", new { items = new[] { new { ticketTypeId = typeId, quantity = 1 } } });
        var code = order.GetProperty("tickets")[0].GetProperty("code").GetString()!;

        // Both devices download the list while online, each naming its door once.
        var door1 = await OpenDoorAsync(email, eventId, "Door 1");
        var door2 = await OpenDoorAsync(email, eventId, "Door 2");

        // The network goes; both doors admit the same ticket on their own.
        foreach (var door in new[] { door1, door2 })
        {
            await door.Context.SetOfflineAsync(true);
            await Expect(door.Locator("[data-testid=door-connection]")).ToHaveAttributeAsync("data-online", "false");
            await ScanAsync(door, code);
            await Expect(door.Locator("[data-testid=door-result]")).ToContainTextAsync("Admitted");
            await Expect(door.Locator("[data-testid=door-queue]")).ToHaveAttributeAsync("data-count", "1");
        }
        // A second scan on the same device is caught there, without a network.
        await ScanAsync(door1, code);
        await Expect(door1.Locator("[data-testid=door-result]")).ToContainTextAsync(ScannedHere());
        await door1.ScreenshotAsync("door-offline-duplicate");

        // Door 1 comes back while the server cannot take scans yet; its queue survives a reload of the page.
        await door1.Context.RouteAsync("**/checkins/batch", route => route.AbortAsync());
        await door1.Context.SetOfflineAsync(false);
        await Expect(door1.Locator("[data-testid=door-connection]")).ToHaveAttributeAsync("data-online", "true");
        await door1.ReloadAsync();
        await door1.WaitForAppAsync();
        await Expect(door1.Locator("[data-testid=door-list-info]")).ToContainTextAsync("Door 1");
        await Expect(door1.Locator("[data-testid=door-queue]")).ToHaveAttributeAsync("data-count", "1");

        // Door 1 syncs first: its scan wins.
        await door1.Context.UnrouteAsync("**/checkins/batch");
        await door1.Locator("[data-testid=door-sync]:not([disabled])").ClickAsync();
        await Expect(door1.Locator("[data-testid=door-queue]")).ToHaveAttributeAsync("data-count", "0");
        await Expect(door1.Locator("[data-testid=door-scans]")).ToContainTextAsync("synced");
        Assert.Empty(await door1.Locator("[data-testid=door-conflict]").AllAsync());

        // Door 2 comes back and syncs by itself: the server answers that Door 1 was first, and when.
        await door2.Context.SetOfflineAsync(false);
        await Expect(door2.Locator("[data-testid=door-queue]")).ToHaveAttributeAsync("data-count", "0");
        await Expect(door2.Locator("[data-testid=door-conflict]")).ToContainTextAsync(CheckedInAtDoor1());
        await door2.DocsScreenshotAsync("door-scanner-conflict");

        var stats = await api.GetAsync($"/api/events/{eventId}/checkins/stats");
        Assert.Equal(1, stats.GetProperty("checkedIn").GetInt32());
    }

    private async Task<IPage> OpenDoorAsync(string email, Guid eventId, string doorName)
    {
        var page = await NewPageSignedInAsAsync(email, HostFixture.Password, Phone);
        await page.GotoAsync($"/door/{eventId}");
        await page.WaitForAppAsync();
        await page.Field("door-name").FillAsync(doorName);
        await page.Locator("[data-testid=door-name-save]").ClickAsync();
        await Expect(page.Locator("[data-testid=door-list-info]")).ToContainTextAsync("1 ticket · list of");
        await Expect(page.Locator("[data-testid=door-connection]")).ToHaveAttributeAsync("data-online", "true");
        return page;
    }

    private static async Task ScanAsync(IPage door, string code)
    {
        await door.Field("door-code").FillAsync(code);
        await door.Locator("[data-testid=door-check]:not([disabled])").ClickAsync();
        // The field empties once the scan is decided.
        await Expect(door.Field("door-code")).ToHaveValueAsync("");
    }

    [GeneratedRegex(@"Already scanned on this device at \d{2}:\d{2}")]
    private static partial Regex ScannedHere();

    [GeneratedRegex(@"already checked in at \d{2}:\d{2} at Door 1")]
    private static partial Regex CheckedInAtDoor1();
}
