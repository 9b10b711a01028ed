using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EventFly.E2E.Tests;

/// <summary>
/// axe-core over the main pages of the three areas, each in the light and the dark theme: no serious or critical
/// violation. One browser profile per area, and inside the participant app in-app navigation, since every full load
/// starts the WebAssembly app again (the slow part on a loaded machine).
/// </summary>
public sealed class AccessibilityTests(HostFixture host) : BrowserTest(host)
{
    [Fact]
    public async Task ParticipantPages_InBothThemes_HaveNoSeriousOrCriticalViolations()
    {
        var (_, eventId, ticketTypeId) = await PublishedEventAsync();
        var audit = new AccessibilityAudit();

        var visitor = await NewPageAsync();
        await visitor.GotoAsync("/");
        await visitor.WaitForAppAsync();
        await Expect(visitor.Locator("[data-testid=result-count]")).ToBeVisibleAsync();
        await audit.CheckBothThemesAsync(visitor, "/");
        await visitor.NavigateInAppAsync($"/events/{eventId}");
        await Expect(visitor.Locator("[data-testid=event-when]")).ToBeVisibleAsync();
        await audit.CheckBothThemesAsync(visitor, "event page");
        await visitor.NavigateInAppAsync("/login");
        await visitor.Locator("[data-testid=submit]:not([disabled])").WaitForAsync();
        await audit.CheckBothThemesAsync(visitor, "/login");
        await visitor.NavigateInAppAsync("/register");
        await visitor.Locator("[data-testid=register-form]").WaitForAsync();
        await audit.CheckBothThemesAsync(visitor, "/register");

        var holder = await NewTicketHolderPageAsync(eventId, ticketTypeId);
        await holder.GotoAsync("/tickets");
        await holder.WaitForAppAsync();
        await Expect(holder.Locator("[data-testid=ticket-card]").First).ToBeVisibleAsync();
        await audit.CheckBothThemesAsync(holder, "/tickets");
        await holder.NavigateInAppAsync("/profile");
        await Expect(holder.GetByRole(AriaRole.Heading, new() { Name = "Your profile" })).ToBeVisibleAsync();
        await holder.Locator("[data-testid=profile-form]").WaitForAsync();
        await audit.CheckBothThemesAsync(holder, "/profile");
        await holder.NavigateInAppAsync("/welcome");
        await holder.Locator("[data-testid=interest-choices]").WaitForAsync();
        await audit.CheckBothThemesAsync(holder, "/welcome");
        await holder.NavigateInAppAsync($"/events/{eventId}/live");
        await holder.Locator("[data-testid=live-page][data-live-state=live]").WaitForAsync();
        await audit.CheckBothThemesAsync(holder, "live page");
        await holder.NavigateInAppAsync("/tickets");
        await holder.GetByRole(AriaRole.Link, new() { Name = "Order details" }).First.ClickAsync();
        await holder.WaitForURLAsync("**/orders/**");
        await Expect(holder.Locator("[data-testid=order-status]")).ToBeVisibleAsync();
        await Expect(holder.Locator("[data-testid=ticket-qr] img")).ToBeVisibleAsync();
        await audit.CheckBothThemesAsync(holder, "order page");

        audit.AssertNone();
    }

    [Fact]
    public async Task OrganizerPortalAndAdmin_InBothThemes_HaveNoSeriousOrCriticalViolations()
    {
        var (organizer, eventId, ticketTypeId) = await PublishedEventAsync();
        await (await NewTicketHolderPageAsync(eventId, ticketTypeId)).Context.CloseAsync();
        var audit = new AccessibilityAudit();

        // Portal pages are Blazor Server: a full load each is cheap, and the theme starts light again.
        var portal = await NewPageSignedInAsAsync(organizer, HostFixture.Password);
        await portal.GotoAsync("/organizer");
        await portal.WaitForAppAsync();
        await audit.CheckBothThemesAsync(portal, "/organizer");
        await portal.GotoAsync($"/organizer/events/{eventId}/edit");
        await portal.WaitForAppAsync();
        await portal.Locator("[data-testid=event-name] input, input[data-testid=event-name]").First.WaitForAsync();
        await audit.CheckBothThemesAsync(portal, "event editor");
        await portal.GotoAsync($"/organizer/events/{eventId}/tickets");
        await portal.WaitForAppAsync();
        await portal.OpenTabAsync("Orders");
        await Expect(portal.Locator("[data-testid=orders-table]")).ToContainTextAsync("confirmed");
        await audit.CheckBothThemesAsync(portal, "orders");
        await portal.GotoAsync($"/organizer/events/{eventId}/checkin");
        await portal.WaitForAppAsync();
        await Expect(portal.Locator("[data-testid=checkin-counter]")).ToBeVisibleAsync();
        await audit.CheckBothThemesAsync(portal, "check-in");

        var admin = await NewPageSignedInAsAsync(HostFixture.AdminEmail, HostFixture.AdminPassword);
        await admin.GotoAsync("/admin");
        await admin.WaitForAppAsync();
        await Expect(admin.Locator("[data-testid=kpi-organizations] [data-testid=kpi-value]")).ToBeVisibleAsync();
        await audit.CheckBothThemesAsync(admin, "/admin");

        audit.AssertNone();
    }

    /// <summary>A new organizer (e-mail) with a published event and a free ticket type, made through the API.</summary>
    private async Task<(string Organizer, Guid EventId, Guid TicketTypeId)> PublishedEventAsync()
    {
        var organizer = PageExtensions.NewEmail("a11y-organizer");
        await Host.CreateAccountAsync(organizer);
        using var api = await ApiSession.SignInAsync(Host, organizer);
        var eventId = await api.PublishedEventAsync($"Accessible evening {Guid.NewGuid().ToString("N")[..6]}", "Open Doors");
        return (organizer, eventId, await api.TicketTypeAsync(eventId, "Free entry", 0));
    }

    /// <summary>A new participant holding a free ticket (both through the API); nothing loaded yet.</summary>
    private async Task<IPage> NewTicketHolderPageAsync(Guid eventId, Guid ticketTypeId, ViewportSize? viewport = null)
    {
        var page = await NewSignedInPageAsync(PageExtensions.NewEmail("a11y-holder"), viewport);
        var order = await page.Context.APIRequest.PostAsync($"/api/events/{eventId}/orders",
            new() { DataObject = new { items = new[] { new { ticketTypeId, quantity = 1 } } } });
        Assert.True(order.Ok, $"The free order answered {order.Status}: {await order.TextAsync()}");
        return page;
    }
}
