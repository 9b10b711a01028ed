using System.Net.Http.Json;
using EventFly.Client.Contracts;

namespace EventFly.Client.Api;

internal sealed class HttpPrivacyApi(HttpClient http) : IPrivacyApi
{
    public async Task<ApiResult<bool>> DeleteAccountAsync(DeleteAccountRequest request, CancellationToken cancellationToken = default)
    {
        using var message = new HttpRequestMessage(HttpMethod.Delete, "api/me") { Content = JsonContent.Create(request) };
        using var response = await http.SendAsync(message, cancellationToken);
        return await HttpApi.ReadAsync<bool>(response, cancellationToken);
    }
}
