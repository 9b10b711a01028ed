using EventFly.Client.Api;
using EventFly.Client.Contracts;
using EventFly.Domain.Events;
using EventFly.Services.Events.Contracts;
using EventFly.Web.Authorization;
using EventFly.Web.Endpoints;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Authorization;

namespace EventFly.Web.Identity;

/// <summary>The server's <see cref="IEventsApi"/> for prerendering: the same rules as the endpoints (drafts only for staff).</summary>
internal sealed class ServerEventsApi(
    IEventService events, Services.Ticketing.Contracts.ITicketingService ticketing, IAuthorizationService authorization, AuthenticationStateProvider authentication) : IEventsApi
{
    public async Task<ApiResult<PagedResponse<EventSearchItem>>> SearchAsync(EventSearchQuery query, CancellationToken cancellationToken = default) =>
        ApiResult<PagedResponse<EventSearchItem>>.Ok(await EventMapping.SearchAsync(events, ticketing, query, cancellationToken));

    public async Task<ApiResult<EventResponse>> GetAsync(Guid eventId, CancellationToken cancellationToken = default)
    {
        if (await events.GetOwnerAsync(eventId, cancellationToken) is not { } owner) return ApiResult<EventResponse>.Fail("Not found.");
        var user = (await authentication.GetAuthenticationStateAsync()).User;
        var isStaff = (await authorization.AuthorizeAsync(user, new OrganizationResource(owner.OrganizationId, eventId), new MemberRequirement())).Succeeded;
        if (owner.IsDraft && !isStaff) return ApiResult<EventResponse>.Fail("Not found.");
        return ApiResult<EventResponse>.Ok((await events.GetAsync(eventId, cancellationToken)).ToResponse(includeOnlineUrl: isStaff));
    }
}
