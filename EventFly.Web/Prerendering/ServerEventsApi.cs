using EventFly.Client.Api;
using EventFly.Client.Contracts;
using EventFly.Domain.Common;
using EventFly.Services.Analytics.Contracts;
using EventFly.Services.Events.Contracts;
using EventFly.Services.Ticketing.Contracts;
using EventFly.Web.Endpoints;
using EventFly.Web.Identity;
using Microsoft.AspNetCore.Components.Authorization;

namespace EventFly.Web.Prerendering;

/// <summary>The server's <see cref="IEventsApi"/> for prerendering: the same service calls, with the same caller, as the endpoints.</summary>
internal sealed class ServerEventsApi(IEventService events, ITicketCatalog tickets, IAnalyticsTracker tracker, AuthenticationStateProvider authentication)
    : IEventsApi
{
    public async Task<ApiResult<PagedResponse<EventSearchItem>>> SearchAsync(EventSearchQuery query, CancellationToken cancellationToken = default) =>
        ApiResult<PagedResponse<EventSearchItem>>.Ok(await EventMapping.SearchAsync(events, tickets, query, cancellationToken));

    public Task<ApiResult<EventResponse>> GetAsync(Guid eventId, CancellationToken cancellationToken = default) =>
        ServerCalls.RunAsync(authentication, async actor => (await events.GetAsync(actor, eventId, cancellationToken)).ToResponse());

    public async Task ReportTrafficAsync(Guid eventId, EventFly.Client.Contracts.TrafficKind kind, CancellationToken cancellationToken = default)
    {
        var actor = (await authentication.GetAuthenticationStateAsync()).User.ToActor();
        await tracker.TrackAsync(actor, eventId, kind.ToApi<EventFly.Services.Analytics.Contracts.TrafficKind>(), cancellationToken);
    }
}
