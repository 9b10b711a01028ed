using EventFly.Client.Contracts;

namespace EventFly.Client.Api;

/// <summary>Discovery and event pages: over HTTP in the browser, directly on the server when prerendering.</summary>
public interface IEventsApi
{
    Task<ApiResult<PagedResponse<EventSearchItem>>> SearchAsync(EventSearchQuery query, CancellationToken cancellationToken = default);

    /// <summary>A published or cancelled event, or a draft for its staff; "Not found." otherwise.</summary>
    Task<ApiResult<EventResponse>> GetAsync(Guid eventId, CancellationToken cancellationToken = default);

    /// <summary>Counts a page view or checkout start for the organizer's funnel; best effort (a failure is ignored).</summary>
    Task ReportTrafficAsync(Guid eventId, TrafficKind kind, CancellationToken cancellationToken = default);
}
