using System.Net.Http.Json;
using EventFly.Client.Contracts;

namespace EventFly.Client.Api;

internal sealed class HttpAccountApi(HttpClient http) : IAccountApi
{
    public async Task<ApiResult<bool>> LoginAsync(Credentials credentials, CancellationToken cancellationToken = default)
    {
        using var response = await http.PostAsJsonAsync("api/auth/login?useCookies=true", credentials, cancellationToken);
        return await HttpApi.ReadAsync<bool>(response, cancellationToken);
    }

    public async Task<ApiResult<bool>> RegisterAsync(Credentials credentials, CancellationToken cancellationToken = default)
    {
        using var response = await http.PostAsJsonAsync("api/auth/register", credentials, cancellationToken);
        return await HttpApi.ReadAsync<bool>(response, cancellationToken);
    }
}
