using EventFly.Client.Contracts;

namespace EventFly.Client.Api;

/// <summary>The signed-in user's in-app notifications and notification preferences (docs/api.md, "Me").</summary>
public interface INotificationsApi
{
    /// <summary>Newest first, with the total and unread counts.</summary>
    Task<ApiResult<NotificationListDto>> GetAsync(int page = 1, int pageSize = 20, CancellationToken cancellationToken = default);

    /// <summary>Marks the given notifications (or all of them) read.</summary>
    Task<ApiResult<bool>> MarkReadAsync(MarkNotificationsReadRequest request, CancellationToken cancellationToken = default);

    Task<ApiResult<NotificationPreferencesDto>> GetPreferencesAsync(CancellationToken cancellationToken = default);

    Task<ApiResult<NotificationPreferencesDto>> UpdatePreferencesAsync(NotificationPreferencesDto preferences, CancellationToken cancellationToken = default);
}
