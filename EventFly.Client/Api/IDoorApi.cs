using EventFly.Client.Contracts;

namespace EventFly.Client.Api;

/// <summary>The offline door scanner's two calls: download the door list, sync queued scans (ADR 0031).</summary>
public interface IDoorApi
{
    Task<ApiResult<DoorListResponse>> GetDoorListAsync(Guid eventId, CancellationToken cancellationToken = default);

    Task<ApiResult<OfflineScanBatchResponse>> SyncAsync(Guid eventId, OfflineScanBatchRequest batch, CancellationToken cancellationToken = default);
}
