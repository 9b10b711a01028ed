using EventFly.Client.Api;
using EventFly.Client.Contracts;
using EventFly.Services.Ticketing.Contracts;
using EventFly.Web.Endpoints;
using Microsoft.AspNetCore.Components.Authorization;

namespace EventFly.Web.Prerendering;

/// <summary>The server's <see cref="IDoorApi"/> for prerendering the door page: the same calls and caller as the endpoints.</summary>
internal sealed class ServerDoorApi(IDoorCheckIns doors, AuthenticationStateProvider authentication) : IDoorApi
{
    public Task<ApiResult<DoorListResponse>> GetDoorListAsync(Guid eventId, CancellationToken cancellationToken = default) =>
        ServerCalls.RunSignedInAsync(authentication, async actor => (await doors.GetDoorListAsync(actor, eventId, cancellationToken)).ToResponse());

    public Task<ApiResult<OfflineScanBatchResponse>> SyncAsync(Guid eventId, OfflineScanBatchRequest batch, CancellationToken cancellationToken = default) =>
        ServerCalls.RunSignedInAsync(authentication, async actor =>
            new OfflineScanBatchResponse([.. (await doors.SyncAsync(actor, eventId, batch.ToBatch(), cancellationToken)).Select(TicketingMapping.ToResponse)]));
}
