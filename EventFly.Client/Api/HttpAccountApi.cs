using System.Net.Http.Json;
using EventFly.Client.Contracts;

namespace EventFly.Client.Api;

internal sealed class HttpAccountApi(HttpClient http) : IAccountApi
{
    public Task<ApiResult<bool>> LoginAsync(Credentials credentials, CancellationToken cancellationToken = default) =>
        PostAsync<bool>("api/auth/login?useCookies=true", credentials, cancellationToken);

    public Task<ApiResult<bool>> RegisterAsync(Credentials credentials, CancellationToken cancellationToken = default) =>
        PostAsync<bool>("api/auth/register", credentials, cancellationToken);

    public Task<ApiResult<bool>> ForgotPasswordAsync(string email, CancellationToken cancellationToken = default) =>
        PostAsync<bool>("api/auth/forgotPassword", new { email }, cancellationToken);

    public Task<ApiResult<bool>> ResetPasswordAsync(string email, string code, string newPassword, CancellationToken cancellationToken = default) =>
        PostAsync<bool>("api/auth/resetPassword", new { email, resetCode = code, newPassword }, cancellationToken);

    public async Task<ApiResult<bool>> ConfirmEmailAsync(string userId, string code, string? changedEmail, CancellationToken cancellationToken = default)
    {
        var query = $"userId={Uri.EscapeDataString(userId)}&code={Uri.EscapeDataString(code)}"
            + (changedEmail is null ? "" : $"&changedEmail={Uri.EscapeDataString(changedEmail)}");
        using var response = await http.GetAsync($"api/auth/confirmEmail?{query}", cancellationToken);
        return await HttpApi.ReadAsync<bool>(response, cancellationToken);
    }

    public Task<ApiResult<bool>> ResendConfirmationAsync(string email, CancellationToken cancellationToken = default) =>
        PostAsync<bool>("api/auth/resendConfirmationEmail", new { email }, cancellationToken);

    public Task<ApiResult<TwoFactorState>> TwoFactorAsync(TwoFactorChange change, CancellationToken cancellationToken = default) =>
        PostAsync<TwoFactorState>("api/auth/manage/2fa", change, cancellationToken);

    private async Task<ApiResult<T>> PostAsync<T>(string url, object body, CancellationToken cancellationToken)
    {
        using var response = await http.PostAsJsonAsync(url, body, cancellationToken);
        return await HttpApi.ReadAsync<T>(response, cancellationToken);
    }
}
