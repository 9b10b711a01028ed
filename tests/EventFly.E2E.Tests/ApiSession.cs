using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace EventFly.E2E.Tests;

/// <summary>
/// Set-up through the REST API as one account (a bearer token): faster than the browser, for what a test is not about.
/// A refused call fails the test with the route, the status and the problem the host answered.
/// </summary>
internal sealed class ApiSession(HttpClient http) : IDisposable
{
    /// <summary>Signs in an existing account.</summary>
    public static async Task<ApiSession> SignInAsync(HostFixture host, string email, string password = HostFixture.Password)
    {
        var http = new HttpClient { BaseAddress = new Uri(host.BaseUrl) };
        var login = await ReadAsync(await http.PostAsJsonAsync("/api/auth/login", new { email, password }));
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", login.GetProperty("accessToken").GetString());
        return new ApiSession(http);
    }

    public async Task<JsonElement> PostAsync(string route, object? body = null) =>
        await ReadAsync(body is null ? await http.PostAsync(route, null) : await http.PostAsJsonAsync(route, body));

    public async Task<JsonElement> GetAsync(string route) => await ReadAsync(await http.GetAsync(route));

    public async Task<JsonElement> PutAsync(string route, object body) => await ReadAsync(await http.PutAsJsonAsync(route, body));

    /// <summary>An organization and a published event of it, two hours long, a week ahead unless <paramref name="startsAt"/> says otherwise; its id.</summary>
    public async Task<Guid> PublishedEventAsync(string name, string organization = "Rooftop Readings", DateTimeOffset? startsAt = null) =>
        await PublishedEventAsync(name, organization, startsAt, Poetry);

    /// <summary>As <see cref="PublishedEventAsync(string, string, DateTimeOffset?)"/>, about <paramref name="about"/> (its category, tags and place).</summary>
    public async Task<Guid> PublishedEventAsync(string name, string organization, DateTimeOffset? startsAt, EventAbout about)
    {
        var organizationId = (await PostAsync("/api/organizations", new { name = organization })).GetProperty("id").GetGuid();
        var starts = startsAt ?? DateTimeOffset.UtcNow.AddDays(7);
        var eventId = (await PostAsync($"/api/organizations/{organizationId}/events", EventBody(name, starts, starts.AddHours(2), about))).GetProperty("id").GetGuid();
        await PostAsync($"/api/events/{eventId}/publish");
        return eventId;
    }

    /// <summary>Moves an event made by <see cref="PublishedEventAsync"/> to other times.</summary>
    public Task<JsonElement> RescheduleAsync(Guid eventId, string name, DateTimeOffset startsAt, DateTimeOffset endsAt) =>
        PutAsync($"/api/events/{eventId}", EventBody(name, startsAt, endsAt, Poetry));

    /// <summary>The events' usual subject: poetry on a Hamburg roof.</summary>
    private static readonly EventAbout Poetry = new("Verses above the city.", "arts", ["poetry"], "Roof 9", "Hamburg", 53.55, 9.99, "Europe/Berlin");

    private static object EventBody(string name, DateTimeOffset startsAt, DateTimeOffset endsAt, EventAbout about) => new
    {
        name, description = about.Description, category = about.Category, tags = about.Tags, startsAt, endsAt, timeZone = about.TimeZone,
        venue = new { name = about.Venue, address = $"{about.Venue} 1", city = about.City, latitude = about.Latitude, longitude = about.Longitude },
    };

    /// <summary>A ticket type of 50 seats at <paramref name="price"/> EUR (0: free); its id.</summary>
    public async Task<Guid> TicketTypeAsync(Guid eventId, string name, decimal price) =>
        (await PostAsync($"/api/events/{eventId}/ticket-types", new { name, price = new { amount = price, currency = "EUR" }, capacity = 50 })).GetProperty("id").GetGuid();

    public void Dispose() => http.Dispose();

    private static async Task<JsonElement> ReadAsync(HttpResponseMessage response)
    {
        using (response)
        {
            var text = await response.Content.ReadAsStringAsync();
            if (!response.IsSuccessStatusCode)
                throw new InvalidOperationException($"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri?.PathAndQuery} answered {(int)response.StatusCode}: {text}");
            return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
        }
    }
}

/// <summary>What an event made through <see cref="ApiSession"/> is about, and where it takes place.</summary>
internal sealed record EventAbout(string Description, string Category, string[] Tags, string Venue, string City, double Latitude, double Longitude, string TimeZone);
