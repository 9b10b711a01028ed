using EventFly.Client.Api;
using EventFly.Client.Contracts;

namespace EventFly.Web.Prerendering;

/// <summary>
/// The server's <see cref="INotificationsApi"/> (portal circuits; participant pages load it only once interactive).
/// Until the Notifications service lands it answers that notifications are not available; at the merge it calls the
/// service's facade directly, as <see cref="ServerProfileApi"/> does.
/// </summary>
internal sealed class ServerNotificationsApi : INotificationsApi
{
    private const string NotYet = "Notifications are not available yet.";

    public Task<ApiResult<NotificationListDto>> GetAsync(int page = 1, int pageSize = 20, CancellationToken cancellationToken = default) =>
        Task.FromResult(ApiResult<NotificationListDto>.Fail(NotYet));

    public Task<ApiResult<bool>> MarkReadAsync(MarkNotificationsReadRequest request, CancellationToken cancellationToken = default) =>
        Task.FromResult(ApiResult<bool>.Fail(NotYet));

    public Task<ApiResult<NotificationPreferencesDto>> GetPreferencesAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult(ApiResult<NotificationPreferencesDto>.Fail(NotYet));

    public Task<ApiResult<NotificationPreferencesDto>> UpdatePreferencesAsync(NotificationPreferencesDto preferences, CancellationToken cancellationToken = default) =>
        Task.FromResult(ApiResult<NotificationPreferencesDto>.Fail(NotYet));
}
