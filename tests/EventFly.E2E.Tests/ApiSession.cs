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
    public async Task<Guid> PublishedEventAsync(string name, string organization = "Rooftop Readings", DateTimeOffset? startsAt = null)
    {
        var organizationId = (await PostAsync("/api/organizations", new { name = organization })).GetProperty("id").GetGuid();
        var starts = startsAt ?? DateTimeOffset.UtcNow.AddDays(7);
        var eventId = (await PostAsync($"/api/organizations/{organizationId}/events", EventBody(name, starts, starts.AddHours(2)))).GetProperty("id").GetGuid();
        await PostAsync($"/api/events/{eventId}/publish");
        return eventId;
    }

    /// <summary>Moves an event made by <see cref="PublishedEventAsync"/> to other times.</summary>
    public Task<JsonElement> RescheduleAsync(Guid eventId, string name, DateTimeOffset startsAt, DateTimeOffset endsAt) =>
        PutAsync($"/api/events/{eventId}", EventBody(name, startsAt, endsAt));

    private static object EventBody(string name, DateTimeOffset startsAt, DateTimeOffset endsAt) => new
    {
        name, description = "Verses above the city.", category = "arts", tags = new[] { "poetry" }, startsAt, endsAt,
        timeZone = "Europe/Berlin", venue = new { name = "Roof 9", address = "Skyway 9", city = "Hamburg", latitude = 53.55, longitude = 9.99 },
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
