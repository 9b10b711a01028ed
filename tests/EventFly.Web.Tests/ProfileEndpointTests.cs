using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using EventFly.Client.Contracts;

namespace EventFly.Web.Tests;

public sealed class ProfileEndpointTests(EventFlyFactory factory) : IClassFixture<EventFlyFactory>
{
    private static readonly ProfileDto Stored = new()
    {
        DisplayName = "Ada",
        City = "Berlin",
        Latitude = 52.52,
        Longitude = 13.405,
        Interests = ["Music", "tech", "music"],
        Language = "de",
    };

    [Fact]
    public async Task PutThenGet_RoundTripsTheProfile()
    {
        var (_, client) = await factory.CreateSignedInUserAsync();

        var put = await client.PutAsJsonAsync("/api/me/profile", Stored);
        var profile = await client.GetFromJsonAsync<ProfileDto>("/api/me/profile");

        put.EnsureSuccessStatusCode();
        Assert.Equal("Ada", profile!.DisplayName);
        Assert.Equal("Berlin", profile.City);
        Assert.Equal(52.52, profile.Latitude);
        Assert.Equal(13.405, profile.Longitude);
        Assert.Equal(["music", "tech"], profile.Interests);
        Assert.Equal("de", profile.Language);
    }

    [Theory]
    [InlineData("""{"latitude":200,"longitude":10}""", "latitude")]
    [InlineData("""{"latitude":10,"longitude":-181}""", "longitude")]
    [InlineData("""{"latitude":10}""", "longitude")]
    [InlineData("""{"longitude":10}""", "latitude")]
    [InlineData("""{"language":"fr"}""", "language")]
    [InlineData("""{"displayName":"01234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890"}""", "displayName")]
    public async Task Put_WithInvalidField_Is400WithThatFieldAndChangesNothing(string body, string field)
    {
        var (_, client) = await factory.CreateSignedInUserAsync();
        (await client.PutAsJsonAsync("/api/me/profile", Stored)).EnsureSuccessStatusCode();

        var response = await client.PutAsync("/api/me/profile", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(json.RootElement.GetProperty("errors").TryGetProperty(field, out _), $"no error for {field}: {json.RootElement}");
        await AssertUnchangedAsync(client);
    }

    [Theory]
    [InlineData("""{"latitude":"abc"}""")]
    [InlineData("""{"interests":"not a list"}""")]
    [InlineData("""{not json""")]
    [InlineData("")]
    public async Task Put_WithUnreadableBody_Is400NotServerError(string body)
    {
        var (_, client) = await factory.CreateSignedInUserAsync();
        (await client.PutAsJsonAsync("/api/me/profile", Stored)).EnsureSuccessStatusCode();

        var response = await client.PutAsync("/api/me/profile", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        await AssertUnchangedAsync(client);
    }

    [Fact]
    public async Task Put_WithTooManyInterests_Is400()
    {
        var (_, client) = await factory.CreateSignedInUserAsync();

        var response = await client.PutAsJsonAsync("/api/me/profile", new ProfileDto { Interests = [.. Enumerable.Range(0, 21).Select(i => $"i{i}")] });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Profile_WithoutToken_Is401()
    {
        using var client = factory.CreateClient();

        var response = await client.PutAsJsonAsync("/api/me/profile", Stored);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private static async Task AssertUnchangedAsync(HttpClient client)
    {
        var profile = await client.GetFromJsonAsync<ProfileDto>("/api/me/profile");
        Assert.Equal("Ada", profile!.DisplayName);
        Assert.Equal(52.52, profile.Latitude);
        Assert.Equal(["music", "tech"], profile.Interests);
    }
}
