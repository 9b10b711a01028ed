using System.Net;
using System.Net.Http.Json;

namespace EventFly.Web.Tests;

public sealed class PageAuthorizationTests(EventFlyFactory factory) : IClassFixture<EventFlyFactory>
{
    [Theory]
    [InlineData("/organizer")]
    [InlineData("/admin")]
    [InlineData("/profile")]
    public async Task ProtectedPage_WhenSignedOut_RedirectsToLogin(string path)
    {
        using var client = factory.CreateClient(new() { AllowAutoRedirect = false });

        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/login?ReturnUrl=", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/profile")]
    [InlineData("/tickets")]
    [InlineData("/welcome")]
    [InlineData("/account/security")]
    [InlineData("/settings/notifications")]
    public async Task ParticipantPage_ForSignedInUser_PrerendersOnTheServer(string path)
    {
        using var client = await SignedInCookieClientAsync();

        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("mud-main-content", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AdminPage_ForNonAdmin_IsDenied()
    {
        using var client = await SignedInCookieClientAsync();

        var response = await client.GetAsync("/admin");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/access-denied", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AdminPage_ForAdmin_IsShown()
    {
        using var client = await CookieClientAsync(EventFlyFactory.AdminEmail, EventFlyFactory.AdminPassword);

        var response = await client.GetAsync("/admin");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Platform admin", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OrganizerPage_ForSignedInUser_IsShown()
    {
        using var client = await SignedInCookieClientAsync();

        var response = await client.GetAsync("/organizer");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Organizer portal", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignOut_FormPost_EndsTheCookieSession()
    {
        using var client = await SignedInCookieClientAsync();
        var page = await client.GetStringAsync("/organizer");
        var token = System.Text.RegularExpressions.Regex.Match(page, "name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"").Groups[1].Value;
        Assert.NotEmpty(token);

        var signOut = await client.PostAsync("/account/logout", new FormUrlEncodedContent(
            new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["returnUrl"] = "/" }));
        var me = await client.GetAsync("/api/me");

        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, me.StatusCode);
    }

    [Fact]
    public async Task MenuShortcuts_LeadToTheFirstOrganizationsPages_OrToThePortalWithoutOne()
    {
        using var client = await SignedInCookieClientAsync();
        var none = await client.GetAsync("/organizer/events");
        var created = await client.PostAsJsonAsync("/api/organizations", new { name = "Shortcut Org" });
        var id = (await created.Content.ReadFromJsonAsync<EventFly.Client.Contracts.OrganizationResponse>())!.Id;

        var events = await client.GetAsync("/organizer/events");
        var team = await client.GetAsync("/organizer/organization");

        static string PathOf(HttpResponseMessage r) => new Uri(new Uri("http://localhost"), r.Headers.Location!).AbsolutePath;
        Assert.Equal("/organizer", PathOf(none));
        Assert.Equal($"/organizer/o/{id}/events", PathOf(events));
        Assert.Equal($"/organizer/o/{id}", PathOf(team));
    }

    [Theory]
    [InlineData("tickets", "Tickets &amp; orders")]
    [InlineData("checkin", "checked in")]
    [InlineData("live", "data-testid=\"live-tabs\"")]
    [InlineData("analytics", "data-testid=\"kpi-tickets\"")]
    public async Task EventTicketPages_AreShownToTheOrganizer_AndDeniedToOutsiders(string page, string shown)
    {
        using var organizer = await SignedInCookieClientAsync();
        var created = await organizer.PostAsJsonAsync("/api/organizations", new { name = "Door Org" });
        var orgId = (await created.Content.ReadFromJsonAsync<EventFly.Client.Contracts.OrganizationResponse>())!.Id;
        var ev = await organizer.PostAsJsonAsync($"/api/organizations/{orgId}/events", EventEndpointTests.EventBody("Door test", ("Berlin", 52.52, 13.40)));
        var eventId = (await ev.Content.ReadFromJsonAsync<EventFly.Client.Contracts.EventResponse>())!.Id;
        using var outsider = await SignedInCookieClientAsync();

        var own = await organizer.GetStringAsync($"/organizer/events/{eventId}/{page}");
        var foreign = await outsider.GetStringAsync($"/organizer/events/{eventId}/{page}");

        Assert.Contains(shown, own, StringComparison.Ordinal);
        Assert.DoesNotContain("Access denied", own, StringComparison.Ordinal);
        Assert.Contains("Access denied", foreign, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OrganizationAnalyticsPage_IsShownToTheOwner_AndDeniedToOutsiders()
    {
        using var owner = await SignedInCookieClientAsync();
        var created = await owner.PostAsJsonAsync("/api/organizations", new { name = "Numbers Org" });
        var orgId = (await created.Content.ReadFromJsonAsync<EventFly.Client.Contracts.OrganizationResponse>())!.Id;
        using var outsider = await SignedInCookieClientAsync();

        var own = await owner.GetStringAsync($"/organizer/o/{orgId}/analytics");
        var foreign = await outsider.GetStringAsync($"/organizer/o/{orgId}/analytics");

        Assert.Contains("data-testid=\"organization-kpis\"", own, StringComparison.Ordinal);
        Assert.Contains("Numbers Org", own, StringComparison.Ordinal);
        Assert.Contains("Access denied", foreign, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AdminPage_ShowsThePlatformsDashboard()
    {
        using var client = await CookieClientAsync(EventFlyFactory.AdminEmail, EventFlyFactory.AdminPassword);

        var page = await client.GetStringAsync("/admin");

        Assert.Contains("data-testid=\"platform-kpis\"", page, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"top-events\"", page, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"admin-operations\"", page, StringComparison.Ordinal);
    }

    private async Task<HttpClient> SignedInCookieClientAsync()
    {
        var (email, bearer) = await factory.CreateSignedInUserAsync();
        bearer.Dispose();
        return await CookieClientAsync(email, EventFlyFactory.Password);
    }

    /// <summary>Signs in the way the UI does: the login endpoint sets the Identity cookie.</summary>
    private async Task<HttpClient> CookieClientAsync(string email, string password)
    {
        var client = factory.CreateClient(new() { HandleCookies = true, AllowAutoRedirect = false });
        (await client.PostAsJsonAsync("/api/auth/login?useCookies=true", new { email, password })).EnsureSuccessStatusCode();
        return client;
    }
}
