using System.Net.Http.Json;
using EventFly.Client.Contracts;

namespace EventFly.Client.Api;

internal sealed class HttpProfileApi(HttpClient http) : IProfileApi
{
    public async Task<ApiResult<MeResponse>> GetMeAsync(CancellationToken cancellationToken = default)
    {
        using var response = await http.GetAsync("api/me", cancellationToken);
        return await HttpApi.ReadAsync<MeResponse>(response, cancellationToken);
    }

    public async Task<ApiResult<ProfileDto>> GetProfileAsync(CancellationToken cancellationToken = default)
    {
        using var response = await http.GetAsync("api/me/profile", cancellationToken);
        return await HttpApi.ReadAsync<ProfileDto>(response, cancellationToken);
    }

    public async Task<ApiResult<ProfileDto>> UpdateProfileAsync(ProfileDto profile, CancellationToken cancellationToken = default)
    {
        using var response = await http.PutAsJsonAsync("api/me/profile", profile, cancellationToken);
        return await HttpApi.ReadAsync<ProfileDto>(response, cancellationToken);
    }
}
