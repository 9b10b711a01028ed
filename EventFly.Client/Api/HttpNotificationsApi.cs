using System.Net.Http.Json;
using EventFly.Client.Contracts;

namespace EventFly.Client.Api;

internal sealed class HttpNotificationsApi(HttpClient http) : INotificationsApi
{
    public async Task<ApiResult<NotificationListDto>> GetAsync(int page = 1, int pageSize = 20, CancellationToken cancellationToken = default)
    {
        using var response = await http.GetAsync($"api/me/notifications?page={page}&pageSize={pageSize}", cancellationToken);
        return await HttpApi.ReadAsync<NotificationListDto>(response, cancellationToken);
    }

    public async Task<ApiResult<bool>> MarkReadAsync(MarkNotificationsReadRequest request, CancellationToken cancellationToken = default)
    {
        using var response = await http.PostAsJsonAsync("api/me/notifications/read", request, cancellationToken);
        return await HttpApi.ReadAsync<bool>(response, cancellationToken);
    }

    public async Task<ApiResult<NotificationPreferencesDto>> GetPreferencesAsync(CancellationToken cancellationToken = default)
    {
        using var response = await http.GetAsync("api/me/notification-preferences", cancellationToken);
        return await HttpApi.ReadAsync<NotificationPreferencesDto>(response, cancellationToken);
    }

    public async Task<ApiResult<NotificationPreferencesDto>> UpdatePreferencesAsync(NotificationPreferencesDto preferences, CancellationToken cancellationToken = default)
    {
        using var response = await http.PutAsJsonAsync("api/me/notification-preferences", preferences, cancellationToken);
        if (!response.IsSuccessStatusCode || response.Content.Headers.ContentLength == 0)
        {
            var done = await HttpApi.ReadAsync<bool>(response, cancellationToken);
            return done.Succeeded ? ApiResult<NotificationPreferencesDto>.Ok(preferences) : ApiResult<NotificationPreferencesDto>.Fail(done.Error!, done.FieldErrors);
        }
        return await HttpApi.ReadAsync<NotificationPreferencesDto>(response, cancellationToken);
    }
}
