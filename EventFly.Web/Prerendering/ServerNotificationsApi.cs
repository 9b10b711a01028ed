using EventFly.Client.Api;
using EventFly.Client.Contracts;
using EventFly.Services.Notifications.Contracts;
using EventFly.Web.Endpoints;
using Microsoft.AspNetCore.Components.Authorization;

namespace EventFly.Web.Prerendering;

/// <summary>
/// The server's <see cref="INotificationsApi"/> (the portal's bell and settings; participant pages load them only once
/// interactive): the same facades, caller and mappings as the endpoints.
/// </summary>
internal sealed class ServerNotificationsApi(INotificationInbox inbox, INotificationPreferencesService preferences, AuthenticationStateProvider authentication)
    : INotificationsApi
{
    public Task<ApiResult<NotificationListDto>> GetAsync(int page = 1, int pageSize = 20, CancellationToken cancellationToken = default) =>
        ServerCalls.RunSignedInAsync(authentication, async actor =>
        {
            var list = await inbox.ListAsync(actor, page, pageSize, cancellationToken);
            return new NotificationListDto([.. list.Items.Select(NotificationEndpoints.ToDto)], list.Total, list.Unread);
        });

    public Task<ApiResult<bool>> MarkReadAsync(MarkNotificationsReadRequest request, CancellationToken cancellationToken = default) =>
        ServerCalls.RunSignedInAsync(authentication, async actor =>
        {
            await inbox.MarkReadAsync(actor, request.Ids, request.All, cancellationToken);
            return true;
        });

    public Task<ApiResult<NotificationPreferencesDto>> GetPreferencesAsync(CancellationToken cancellationToken = default) =>
        ServerCalls.RunSignedInAsync(authentication, async actor => NotificationEndpoints.ToDto(await preferences.GetAsync(actor, cancellationToken)));

    public Task<ApiResult<NotificationPreferencesDto>> UpdatePreferencesAsync(NotificationPreferencesDto wanted, CancellationToken cancellationToken = default) =>
        wanted is { Reminders: not null, Posts: not null, FeedbackRequests: not null }
            ? ServerCalls.RunSignedInAsync(authentication, async actor =>
                NotificationEndpoints.ToDto(await preferences.SetAsync(actor, NotificationEndpoints.FromDto(wanted), cancellationToken)))
            : Task.FromResult(ApiResult<NotificationPreferencesDto>.Fail("Choose e-mail, in-app or off for each kind of notification."));
}
