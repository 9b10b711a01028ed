using System.Globalization;
using System.Net.Http.Json;
using EventFly.Client.Contracts;

namespace EventFly.Client.Api;

internal sealed class HttpEventsApi(HttpClient http) : IEventsApi
{
    public async Task<ApiResult<PagedResponse<EventSearchItem>>> SearchAsync(EventSearchQuery query, CancellationToken cancellationToken = default)
    {
        using var response = await http.GetAsync("api/events" + ToQueryString(query), cancellationToken);
        return await HttpApi.ReadAsync<PagedResponse<EventSearchItem>>(response, cancellationToken);
    }

    public async Task<ApiResult<EventResponse>> GetAsync(Guid eventId, CancellationToken cancellationToken = default)
    {
        using var response = await http.GetAsync($"api/events/{eventId}", cancellationToken);
        return await HttpApi.ReadAsync<EventResponse>(response, cancellationToken);
    }

    public async Task ReportTrafficAsync(Guid eventId, TrafficKind kind, CancellationToken cancellationToken = default)
    {
        try
        {
            using var response = await http.PostAsJsonAsync($"api/events/{eventId}/analytics/traffic", new TrafficRequest { Kind = kind }, cancellationToken);
        }
        catch (HttpRequestException)
        {
            // Statistics only: the page goes on without them.
        }
    }

    internal static string ToQueryString(EventSearchQuery q)
    {
        var parts = new List<string>();
        void Add(string name, object? value)
        {
            var text = value switch
            {
                null => null,
                DateTimeOffset d => d.ToString("O", CultureInfo.InvariantCulture),
                IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
                _ => value.ToString(),
            };
            if (!string.IsNullOrWhiteSpace(text)) parts.Add($"{name}={Uri.EscapeDataString(text)}");
        }
        Add("q", q.Q);
        Add("category", q.Category);
        Add("from", q.From);
        Add("to", q.To);
        Add("lat", q.Lat);
        Add("lng", q.Lng);
        Add("radiusKm", q.RadiusKm);
        Add("sort", q.Sort);
        Add("page", q.Page);
        Add("pageSize", q.PageSize);
        return parts.Count == 0 ? "" : "?" + string.Join('&', parts);
    }
}
