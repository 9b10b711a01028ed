using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EventFly.E2E.Tests;

/// <summary>
/// Feedback after an event: the attendee rates it in the participant app, the organizer reads it in the portal's summary
/// and replies, and the attendee sees the reply. Event, ticket and the event's end go through the API.
/// </summary>
public sealed class FeedbackFlowTests(HostFixture host) : BrowserTest(host)
{
    [Fact]
    public async Task Attendee_RatesTheEventAfterItEnds_OrganizerSeesItAndReplies_AttendeeSeesTheReply()
    {
        var organizerEmail = PageExtensions.NewEmail("host");
        await Host.CreateAccountAsync(organizerEmail);
        using var organizer = await ApiSession.SignInAsync(Host, organizerEmail);
        // Sold while it runs, then over: the way an event reaches its feedback window.
        var name = $"Poetry night {Guid.NewGuid().ToString("N")[..6]}";
        var startsAt = DateTimeOffset.UtcNow.AddHours(-1);
        var eventId = await organizer.PublishedEventAsync(name, "Verse Collective", startsAt);
        var ticketTypeId = await organizer.TicketTypeAsync(eventId, "Free entry", 0);

        var attendee = await NewSignedInPageAsync(PageExtensions.NewEmail("ada"));
        var profile = await attendee.Context.APIRequest.PutAsync("/api/me/profile", new() { DataObject = new { displayName = "Ada", interests = Array.Empty<string>() } });
        Assert.True(profile.Ok, $"Naming Ada answered {profile.Status}: {await profile.TextAsync()}");
        var order = await attendee.Context.APIRequest.PostAsync($"/api/events/{eventId}/orders",
            new() { DataObject = new { items = new[] { new { ticketTypeId, quantity = 1 } } } });
        Assert.True(order.Ok, $"Ada's order answered {order.Status}: {await order.TextAsync()}");
        await organizer.RescheduleAsync(eventId, name, startsAt, DateTimeOffset.UtcNow.AddMinutes(-30));

        // The attendee rates it: four stars and a comment.
        await attendee.GotoAsync($"/events/{eventId}/feedback");
        await attendee.WaitForInteractiveAsync("feedback-submit");
        await attendee.GetByRole(AriaRole.Radio, new() { Name = "4 of 5 stars" }).CheckAsync(new() { Force = true });
        await attendee.Locator("textarea[data-testid=feedback-comment-input], [data-testid=feedback-comment-input] textarea").FillAsync("Lovely readings, the microphone was too quiet.");
        await attendee.Locator("[data-testid=feedback-submit]").ClickAsync();
        await Expect(attendee.Locator("[data-testid=feedback-given]")).ToContainTextAsync("4 of 5");
        await Expect(attendee.Locator("[data-testid=feedback-comment]")).ToHaveTextAsync("Lovely readings, the microphone was too quiet.");

        // The organizer sees it in the summary and replies.
        var portal = await NewPageSignedInAsAsync(organizerEmail, HostFixture.Password);
        await portal.GotoAsync($"/organizer/events/{eventId}/feedback");
        await portal.WaitForAppAsync();
        await Expect(portal.Locator("[data-testid=feedback-average]")).ToContainTextAsync("4.00");
        await Expect(portal.Locator("[data-testid=feedback-average]")).ToContainTextAsync("1 rating");
        await Expect(portal.GetByLabel("1 ratings of 4 stars")).ToHaveCountAsync(1);
        await Expect(portal.Locator("[data-testid=feedback-distribution]")).ToContainTextAsync("5 ★");
        var comment = portal.Locator("[data-testid=feedback-comment]").Filter(new() { HasText = "microphone" });
        await Expect(comment).ToContainTextAsync("Ada");
        await comment.Locator("[data-testid=feedback-reply-start]").ClickAsync();
        await comment.Locator("textarea[data-testid=feedback-reply-input], [data-testid=feedback-reply-input] textarea").FillAsync("Thank you! A new microphone is ordered.");
        await comment.Locator("[data-testid=feedback-reply-publish]").ClickAsync();
        await Expect(comment.Locator("[data-testid=feedback-reply]")).ToContainTextAsync("A new microphone is ordered.");
        await portal.DocsScreenshotAsync("feedback-summary");

        // The attendee sees the reply under her feedback.
        await attendee.ReloadAsync();
        await Expect(attendee.Locator("[data-testid=feedback-reply]")).ToContainTextAsync("Thank you! A new microphone is ordered.");
        await attendee.DocsScreenshotAsync("feedback-participant");
    }
}
