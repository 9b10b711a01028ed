using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EventFly.E2E.Tests;

public sealed class TicketFlowTests(HostFixture host) : BrowserTest(host)
{
    [Fact]
    public async Task Participant_GetsAFreeTicketWithAQr_DoorStaffAdmitItOnce_AndRejectTheSecondScan()
    {
        var organizerEmail = PageExtensions.NewEmail("door");
        var eventName = $"Rooftop Poetry {Guid.NewGuid().ToString("N")[..6]}";
        var eventId = await PublishedEventAsync(organizerEmail, eventName);

        // Organizer: a ticket type through the portal's editor.
        var organizer = await NewPageSignedInAsAsync(organizerEmail, HostFixture.Password);
        await organizer.GotoAsync($"/organizer/events/{eventId}/tickets");
        await organizer.WaitForAppAsync();
        // Its content loaded first, as a user would see it (a click while the page still rendered its tabs was lost once).
        await Expect(organizer.Locator("[data-testid=ticket-types-table]")).ToContainTextAsync("No ticket types yet");
        await organizer.Locator("[data-testid=add-ticket-type]").ClickAsync();
        await organizer.Field("type-name").FillAsync("Poetry pass");
        await organizer.Field("type-capacity").FillAsync("40");
        await organizer.ScreenshotAsync("organizer-ticket-type-dialog");
        await organizer.Locator("[data-testid=save-type]").ClickAsync();
        await Expect(organizer.Locator("[data-testid=ticket-types-table]")).ToContainTextAsync("Poetry pass");
        await Expect(organizer.Locator("[data-testid=ticket-types-table]")).ToContainTextAsync("0 / 40");

        // Participant: one free ticket from the event page, then the order with its QR.
        var participant = await NewParticipantChoosingAsync("poet", eventId, quantity: 1, total: "Free");
        await participant.ScreenshotAsync("event-page-tickets");
        await participant.Locator("[data-testid=get-tickets]:not([disabled])").ClickAsync();
        await participant.WaitForURLAsync("**/orders/**");
        await Expect(participant.Locator("[data-testid=order-status]")).ToContainTextAsync("You're going");
        await Expect(participant.Locator("[data-testid=ticket-qr] img")).ToBeVisibleAsync();
        var code = (await participant.Locator("[data-testid=ticket-code]").First.TextContentAsync())!.Trim();
        await participant.ScreenshotAsync("order-confirmation");

        // The scanner's fallback decoder (vendored jsQR; headless Linux chromium has no BarcodeDetector) reads the QR shown.
        var decoded = await participant.EvaluateAsync<string?>("""
            async () => {
                await new Promise((resolve, reject) => { const s = document.createElement('script'); s.src = '/js/vendor/jsQR.js'; s.onload = resolve; s.onerror = reject; document.head.appendChild(s); });
                const img = document.querySelector('[data-testid=ticket-qr] img');
                const canvas = document.createElement('canvas');
                canvas.width = img.naturalWidth; canvas.height = img.naturalHeight;
                const context = canvas.getContext('2d');
                context.drawImage(img, 0, 0);
                const image = context.getImageData(0, 0, canvas.width, canvas.height);
                return window.jsQR(image.data, image.width, image.height)?.data ?? null;
            }
            """);
        Assert.Equal(code, decoded);

        // Door staff (the organizer): the typed code admits once; the second scan is refused with when and by whom.
        await organizer.GotoAsync($"/organizer/events/{eventId}/checkin");
        await organizer.WaitForAppAsync();
        await organizer.Field("checkin-code").FillAsync(code);
        await organizer.Locator("[data-testid=checkin-submit]").ClickAsync();
        await Expect(organizer.Locator("[data-testid=checkin-result]")).ToContainTextAsync("Admit");
        await Expect(organizer.Locator("[data-testid=checkin-counter]")).ToContainTextAsync("1 / 1");
        await organizer.Field("checkin-code").FillAsync(code);
        await organizer.Locator("[data-testid=checkin-submit]").ClickAsync();
        await Expect(organizer.Locator("[data-testid=checkin-result]")).ToContainTextAsync("Already checked in at");
        await organizer.ScreenshotAsync("checkin-second-scan");

        // The organizer's lists: the order and the attendee, checked in.
        await organizer.GotoAsync($"/organizer/events/{eventId}/tickets");
        await organizer.WaitForAppAsync();
        await organizer.OpenTabAsync("Orders");
        await Expect(organizer.Locator("[data-testid=orders-table]")).ToContainTextAsync("confirmed");
        await organizer.ScreenshotAsync("organizer-orders");
        await organizer.OpenTabAsync("Attendees");
        await Expect(organizer.Locator("[data-testid=attendees-table]")).ToContainTextAsync("Poetry pass");
        await Expect(organizer.Locator("[data-testid=attendees-table] .mud-table-pagination")).ToContainTextAsync("1-1 of 1");
        await organizer.ScreenshotAsync("organizer-attendees");

        await participant.GotoAsync("/tickets");
        await participant.WaitForAppAsync();
        await Expect(participant.Locator("[data-testid=ticket-card]")).ToContainTextAsync("Checked in");
        await participant.ScreenshotAsync("my-tickets");
    }

    [Fact]
    public async Task Participant_PaysForTicketsAtTheSandboxCheckout_AndTheOrderConfirmsOnThePaymentNotice()
    {
        var organizerEmail = PageExtensions.NewEmail("seller");
        var eventId = await PublishedEventAsync(organizerEmail, $"Jazz Cellar {Guid.NewGuid().ToString("N")[..6]}", price: 18.5m);

        var participant = await NewParticipantChoosingAsync("payer", eventId, quantity: 2, total: "37.00 EUR");
        await participant.Locator("[data-testid=get-tickets]:not([disabled])").ClickAsync();

        await participant.WaitForURLAsync("**/sandbox/checkout/**");
        await Expect(participant.Locator("#pay")).ToHaveTextAsync("Pay 37.00 EUR");
        await participant.ScreenshotAsync("sandbox-checkout");
        await participant.Locator("#pay").ClickAsync();

        await participant.WaitForURLAsync("**/orders/**");
        await Expect(participant.Locator("[data-testid=order-status]")).ToContainTextAsync("You're going", new() { Timeout = 30_000 });
        await Expect(participant.Locator("[data-testid=ticket-card]")).ToHaveCountAsync(2);
        await participant.ScreenshotAsync("paid-order-confirmed");

        // The organizer's billing page: the package, usage against its limits, the other packages.
        var organizationId = await FirstOrganizationAsync(organizerEmail);
        var organizer = await NewPageSignedInAsAsync(organizerEmail, HostFixture.Password);
        await organizer.GotoAsync($"/organizer/o/{organizationId}/billing");
        await Expect(organizer.Locator("[data-testid=current-package]")).ToContainTextAsync("Business");
        await organizer.ScreenshotAsync("organizer-billing");
    }

    /// <summary>A newly registered participant on the event page with <paramref name="quantity"/> of its first ticket type chosen.</summary>
    private async Task<IPage> NewParticipantChoosingAsync(string who, Guid eventId, int quantity, string total)
    {
        var participant = await NewSignedInPageAsync(PageExtensions.NewEmail(who));
        await participant.GotoAsync($"/events/{eventId}");
        await participant.WaitForAppAsync();
        var field = participant.Locator("[data-testid=ticket-type] input").First;
        await field.FillAsync(quantity.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await field.BlurAsync();
        await Expect(participant.Locator("[data-testid=order-total]")).ToHaveTextAsync(total);
        return participant;
    }

    /// <summary>An organizer account with an organization and a published event, set up through the API.</summary>
    private async Task<Guid> PublishedEventAsync(string email, string name, decimal? price = null)
    {
        await Host.CreateAccountAsync(email);
        using var api = await ApiSession.SignInAsync(Host, email);
        var eventId = await api.PublishedEventAsync(name);
        if (price is { } amount) await api.TicketTypeAsync(eventId, "Seat", amount);
        return eventId;
    }

    private async Task<Guid> FirstOrganizationAsync(string email)
    {
        using var api = await ApiSession.SignInAsync(Host, email);
        return (await api.GetAsync("/api/organizations")).EnumerateArray().First().GetProperty("id").GetGuid();
    }
}
