using EventFly.Client.Contracts;
using EventFly.Domain.Common;
using EventFly.Domain.Events;
using EventFly.Services.Events.Contracts;
using EventFly.Services.Ticketing.Contracts;
using Api = EventFly.Client.Contracts;

namespace EventFly.Web.Endpoints;

/// <summary>Between the Events service's models and the API's contracts; used by the endpoints and the server-side UI.</summary>
internal static class EventMapping
{
    public static EventDetails ToDetails(this EventRequest r) => new(
        r.Name, r.Description, r.Category, r.Tags, r.StartsAt!.Value, r.EndsAt!.Value, r.TimeZone,
        r.Online && r.Venue is null ? null : r.Venue is { } v ? new Venue(v.Name, v.Address, v.City, v.Latitude!.Value, v.Longitude!.Value) : null,
        r.Online ? r.OnlineUrl : null,
        r.Visibility == "unlisted" ? EventVisibility.Unlisted : EventVisibility.Public);

    /// <summary>The event as the caller was allowed to see it (the Events context leaves out the online URL for all but staff).</summary>
    public static EventResponse ToResponse(this EventView e) => new(
        e.Id, e.OrganizationId, e.OrganizationName, e.Name, e.DescriptionMarkdown, e.DescriptionHtml, e.Category, e.Tags,
        e.StartsAt, e.EndsAt, e.TimeZone, e.Venue.ToResponse(), e.IsOnline, e.OnlineUrl,
        e.Visibility.ToString().ToLowerInvariant(), e.Status.ToApi<Api.EventState>(), ImageUrl(e.CoverImage), e.CreatedAt, e.PublishedAt);

    public static VenueResponse? ToResponse(this Venue? v) => v is null ? null : new(v.Name, v.Address, v.City, v.Latitude, v.Longitude);

    public static string? ImageUrl(string? coverImage) => coverImage is null ? null : EventEndpoints.MediaPath + coverImage;

    public static EventSearch ToSearch(this EventSearchQuery q) => new(q.Q, q.Category, q.From, q.To, q.Lat, q.Lng, q.RadiusKm,
        q.Sort ?? (q.RadiusKm is null ? "date" : "distance"), q.Page ?? 1, q.PageSize ?? PagedQuery.DefaultPageSize);

    public static EventSearchItem ToResponse(this EventSearchHit h, Money? minPrice) =>
        new(h.Id, h.Name, h.StartsAt, h.EndsAt, h.TimeZone, h.Category, h.Venue.ToResponse(), h.IsOnline, h.DistanceKm,
            minPrice is { } p ? new MoneyResponse(p.Amount, p.Currency) : null, ImageUrl(h.CoverImage), h.OrganizationName);

    /// <summary>Discovery as the API and the prerendered home page answer it: the Events context's hits with Ticketing's lowest prices.</summary>
    public static async Task<PagedResponse<EventSearchItem>> SearchAsync(IEventService events, ITicketCatalog tickets, EventSearchQuery query, CancellationToken ct)
    {
        var page = await events.SearchAsync(query.ToSearch(), ct);
        var prices = await tickets.GetMinPricesAsync([.. page.Items.Select(h => h.Id)], ct);
        return new([.. page.Items.Select(h => h.ToResponse(prices.TryGetValue(h.Id, out var price) ? price : null))], page.Total);
    }
}
