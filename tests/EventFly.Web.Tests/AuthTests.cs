using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EventFly.Client.Contracts;

namespace EventFly.Web.Tests;

public sealed class AuthTests(EventFlyFactory factory) : IClassFixture<EventFlyFactory>
{
    [Fact]
    public async Task RegisterLoginMe_WithBearerToken_ReturnsTheAccount()
    {
        var (email, client) = await factory.CreateSignedInUserAsync();

        var response = await client.GetAsync("/api/me");

        response.EnsureSuccessStatusCode();
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(email, json.RootElement.GetProperty("email").GetString());
        Assert.False(json.RootElement.GetProperty("isAdmin").GetBoolean());
        Assert.True(Guid.TryParse(json.RootElement.GetProperty("id").GetString(), out _));
        Assert.True(json.RootElement.TryGetProperty("displayName", out _));
    }

    [Fact]
    public async Task Me_WithoutToken_Is401ProblemDetails()
    {
        using var client = factory.CreateClient();

        var response = await client.GetAsync("/api/me");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Login_WithWrongPassword_Is401()
    {
        var (email, _) = await factory.CreateSignedInUserAsync();
        using var client = factory.CreateClient();

        var response = await client.PostAsJsonAsync("/api/auth/login", new { email, password = "Wrong!Pass1" });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Login_AfterFiveWrongPasswords_IsLockedOutEvenWithTheRightOne()
    {
        var (email, _) = await factory.CreateSignedInUserAsync();
        using var client = factory.CreateClient();
        for (var i = 0; i < 5; i++)
            await client.PostAsJsonAsync("/api/auth/login", new { email, password = "Wrong!Pass1" });

        var response = await client.PostAsJsonAsync("/api/auth/login", new { email, password = EventFlyFactory.Password });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("LockedOut", json.RootElement.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Register_WithWeakPassword_Is400WithFieldErrors()
    {
        using var client = factory.CreateClient();

        var response = await client.PostAsJsonAsync("/api/auth/register", new { email = "weak@tests.eventfly.dev", password = "short" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(json.RootElement.GetProperty("errors").TryGetProperty("passwordTooShort", out _));
    }

    [Fact]
    public async Task Register_SameEmailTwice_Is400()
    {
        var (email, _) = await factory.CreateSignedInUserAsync();
        using var client = factory.CreateClient();

        var response = await client.PostAsJsonAsync("/api/auth/register", new { email, password = EventFlyFactory.Password });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task ConfiguredAdmin_IsAdmin()
    {
        using var client = await factory.CreateBearerClientAsync(EventFlyFactory.AdminEmail, EventFlyFactory.AdminPassword);

        var me = await client.GetFromJsonAsync<MeResponse>("/api/me");

        Assert.True(me!.IsAdmin);
    }

    [Fact]
    public async Task Refresh_WithRefreshToken_IssuesNewAccessToken()
    {
        var (email, _) = await factory.CreateSignedInUserAsync();
        using var client = factory.CreateClient();
        var login = await client.PostAsJsonAsync("/api/auth/login", new { email, password = EventFlyFactory.Password });
        var tokens = await login.Content.ReadFromJsonAsync<EventFlyFactory.TokenResponse>();

        var refreshed = await client.PostAsJsonAsync("/api/auth/refresh", new { refreshToken = tokens!.RefreshToken });

        refreshed.EnsureSuccessStatusCode();
        var fresh = await refreshed.Content.ReadFromJsonAsync<EventFlyFactory.TokenResponse>();
        Assert.False(string.IsNullOrEmpty(fresh!.AccessToken));
    }

    [Fact]
    public async Task CookieLogin_AsTheUiDoes_AuthenticatesApiCalls()
    {
        var (email, _) = await factory.CreateSignedInUserAsync();
        using var client = factory.CreateClient(new() { HandleCookies = true, AllowAutoRedirect = false });

        var login = await client.PostAsJsonAsync("/api/auth/login?useCookies=true", new { email, password = EventFlyFactory.Password });
        var me = await client.GetAsync("/api/me");

        login.EnsureSuccessStatusCode();
        Assert.Contains(login.Headers.GetValues("Set-Cookie"), c => c.StartsWith("eventfly.auth=", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.OK, me.StatusCode);
    }

    [Fact]
    public async Task ProfileUpdate_WithBearerToken_IssuesNoCookie()
    {
        var (_, client) = await factory.CreateSignedInUserAsync();

        var response = await client.PutAsJsonAsync("/api/me/profile", new ProfileDto { DisplayName = "Bearer" });

        response.EnsureSuccessStatusCode();
        Assert.False(response.Headers.Contains("Set-Cookie"));
    }

    [Fact]
    public async Task ProfileUpdate_WithCookie_ReissuesTheCookieWithTheNewName()
    {
        var (email, _) = await factory.CreateSignedInUserAsync();
        using var client = factory.CreateClient(new() { HandleCookies = true, AllowAutoRedirect = false });
        (await client.PostAsJsonAsync("/api/auth/login?useCookies=true", new { email, password = EventFlyFactory.Password })).EnsureSuccessStatusCode();

        var response = await client.PutAsJsonAsync("/api/me/profile", new ProfileDto { DisplayName = "Renamed" });

        response.EnsureSuccessStatusCode();
        Assert.Contains(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("eventfly.auth=", StringComparison.Ordinal));
        Assert.Contains("Renamed", await client.GetStringAsync("/organizer"), StringComparison.Ordinal);
    }
}
