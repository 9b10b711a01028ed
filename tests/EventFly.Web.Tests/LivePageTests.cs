using System.Net;
using System.Net.Http.Json;
using EventFly.Client.Contracts;

namespace EventFly.Web.Tests;

/// <summary>
/// The portal's live page (<c>/organizer/events/{id}/live</c>): signed-in staff of the event only, moderation controls
/// only with <c>feed.manage</c>. Read from the prerendered page, which runs the same components and service calls.
/// </summary>
public sealed class LivePageTests(EventFlyFactory factory) : IClassFixture<EventFlyFactory>
{
    [Fact]
    public async Task LivePage_WhenSignedOut_RedirectsToLogin()
    {
        using var client = factory.CreateClient(new() { AllowAutoRedirect = false });

        var response = await client.GetAsync($"/organizer/events/{Guid.NewGuid()}/live");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/login?ReturnUrl=", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LivePage_ForTheOrganizer_ShowsTheFeedWithItsModerationControls()
    {
        var (organizer, _, eventId) = await PublishedEventAsync("Live owner");
        (await organizer.PostAsJsonAsync($"/api/events/{eventId}/posts", new { body = "**Doors** open at seven" })).EnsureSuccessStatusCode();

        var page = await organizer.GetStringAsync($"/organizer/events/{eventId}/live");

        Assert.DoesNotContain("Access denied", page, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"live-tabs\"", page, StringComparison.Ordinal);
        Assert.Contains("<strong>Doors</strong> open at seven", page, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"post-composer\"", page, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"post-edit\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"live-read-only\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LivePage_ForStaffWithoutFeedManage_IsReadOnly()
    {
        var (organizer, orgId, eventId) = await PublishedEventAsync("Live staff");
        (await organizer.PostAsJsonAsync($"/api/events/{eventId}/posts", new { body = "Staff can read this" })).EnsureSuccessStatusCode();
        using var staff = await MemberAsync(organizer, orgId, permissions: []);

        var feed = await staff.GetStringAsync($"/organizer/events/{eventId}/live");
        var qa = await staff.GetStringAsync($"/organizer/events/{eventId}/live?tab=qa");

        Assert.DoesNotContain("Access denied", feed, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"live-read-only\"", feed, StringComparison.Ordinal);
        Assert.Contains("Staff can read this", feed, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"post-composer\"", feed, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"post-edit\"", feed, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"qa-moderation\"", qa, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LivePage_ForAModeratorRole_ShowsTheModerationControls()
    {
        var (organizer, orgId, eventId) = await PublishedEventAsync("Live moderator");
        using var moderator = await MemberAsync(organizer, orgId, permissions: ["feed.manage"]);

        var qa = await moderator.GetStringAsync($"/organizer/events/{eventId}/live?tab=qa");

        Assert.DoesNotContain("data-testid=\"live-read-only\"", qa, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"qa-moderation\"", qa, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LivePage_ForATicketHolderOrAStranger_IsDenied()
    {
        var (organizer, _, eventId) = await PublishedEventAsync("Live audience");
        using var holder = await TicketHolderAsync(organizer, eventId, displayName: null);
        using var stranger = await CookieClientAsync((await factory.CreateSignedInUserAsync()).Email);

        Assert.Contains("Access denied", await holder.GetStringAsync($"/organizer/events/{eventId}/live"), StringComparison.Ordinal);
        Assert.Contains("Access denied", await stranger.GetStringAsync($"/organizer/events/{eventId}/live"), StringComparison.Ordinal);
        Assert.Contains("Access denied", await organizer.GetStringAsync($"/organizer/events/{Guid.NewGuid()}/live"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task QaTab_ShowsStaffWhoAskedAnAnonymousQuestion_MarkedAnonymousToOthers()
    {
        var (organizer, _, eventId) = await PublishedEventAsync("Live Q&A");
        using var holder = await TicketHolderAsync(organizer, eventId, displayName: "Quiet Asker");
        (await holder.PostAsJsonAsync($"/api/events/{eventId}/questions", new { text = "May I stay anonymous?", anonymous = true })).EnsureSuccessStatusCode();

        var qa = await organizer.GetStringAsync($"/organizer/events/{eventId}/live?tab=qa");

        Assert.Contains("May I stay anonymous?", qa, StringComparison.Ordinal);
        Assert.Contains("Quiet Asker", qa, StringComparison.Ordinal);
        Assert.Contains("anonymous to others", qa, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheEventsList_AndTheEditor_LinkToTheLivePage()
    {
        var (organizer, orgId, eventId) = await PublishedEventAsync("Live links");

        var list = await organizer.GetStringAsync($"/organizer/o/{orgId}/events");
        var editor = await organizer.GetStringAsync($"/organizer/events/{eventId}/edit");

        Assert.Contains($"href=\"/organizer/events/{eventId}/live\"", list, StringComparison.Ordinal);
        Assert.Contains($"href=\"/organizer/events/{eventId}/live\"", editor, StringComparison.Ordinal);
    }

    /// <summary>A new organizer (signed in with the cookie, as the portal is) with an organization and a published event.</summary>
    private async Task<(HttpClient Organizer, Guid OrganizationId, Guid EventId)> PublishedEventAsync(string name)
    {
        var organizer = await CookieClientAsync((await factory.CreateSignedInUserAsync()).Email);
        var created = await organizer.PostAsJsonAsync("/api/organizations", new { name = $"{name} Org" });
        var orgId = (await created.Content.ReadFromJsonAsync<OrganizationResponse>())!.Id;
        var ev = await organizer.PostAsJsonAsync($"/api/organizations/{orgId}/events", EventEndpointTests.EventBody(name, ("Berlin", 52.52, 13.40)));
        var eventId = (await ev.Content.ReadFromJsonAsync<EventResponse>())!.Id;
        (await organizer.PostAsync($"/api/events/{eventId}/publish", null)).EnsureSuccessStatusCode();
        return (organizer, orgId, eventId);
    }

    /// <summary>A member of the organization whose role holds exactly <paramref name="permissions"/>.</summary>
    private async Task<HttpClient> MemberAsync(HttpClient organizer, Guid orgId, string[] permissions)
    {
        var role = await organizer.PostAsJsonAsync($"/api/organizations/{orgId}/roles", new { name = $"Role {Guid.NewGuid():N}"[..20], permissions });
        var roleId = (await role.Content.ReadFromJsonAsync<RoleResponse>())!.Id;
        var (email, bearer) = await factory.CreateSignedInUserAsync();
        using (bearer)
        {
            (await organizer.PostAsJsonAsync($"/api/organizations/{orgId}/invitations", new { email, roleId })).EnsureSuccessStatusCode();
            var token = await OrganizationScenario.ReadInvitationTokenAsync(factory, email);
            (await bearer.PostAsync($"/api/invitations/{token}/accept", null)).EnsureSuccessStatusCode();
        }
        return await CookieClientAsync(email);
    }

    /// <summary>A participant with a confirmed free ticket: in the event's live channel, but not its staff.</summary>
    private async Task<HttpClient> TicketHolderAsync(HttpClient organizer, Guid eventId, string? displayName)
    {
        var type = await organizer.PostAsJsonAsync($"/api/events/{eventId}/ticket-types",
            new { name = $"Free {Guid.NewGuid():N}"[..12], price = new { amount = 0, currency = "EUR" }, capacity = 10, accessLevel = "General" });
        var typeId = (await type.Content.ReadFromJsonAsync<TicketTypeResponse>())!.Id;
        var holder = await CookieClientAsync((await factory.CreateSignedInUserAsync()).Email);
        if (displayName is not null)
            (await holder.PutAsJsonAsync("/api/me/profile", new { displayName, interests = Array.Empty<string>() })).EnsureSuccessStatusCode();
        await TicketingEndpointTests.PlaceAsync(holder, eventId, typeId, 1);
        return holder;
    }

    private async Task<HttpClient> CookieClientAsync(string email)
    {
        var client = factory.CreateClient(new() { HandleCookies = true, AllowAutoRedirect = false });
        (await client.PostAsJsonAsync("/api/auth/login?useCookies=true", new { email, password = EventFlyFactory.Password })).EnsureSuccessStatusCode();
        return client;
    }
}
