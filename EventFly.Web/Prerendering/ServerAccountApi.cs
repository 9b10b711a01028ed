using EventFly.Client.Api;
using EventFly.Client.Contracts;

namespace EventFly.Web.Prerendering;

/// <summary>
/// Sign-in sets the browser's cookie, and the account-security calls use it, so they only run in the browser (over
/// <c>/api/auth</c>). The server needs an implementation only to prerender those pages, whose forms stay disabled and
/// whose calls wait until the page is interactive.
/// </summary>
internal sealed class ServerAccountApi : IAccountApi
{
    public Task<ApiResult<bool>> LoginAsync(Credentials credentials, CancellationToken cancellationToken = default) => InBrowser<bool>();

    public Task<ApiResult<bool>> RegisterAsync(Credentials credentials, CancellationToken cancellationToken = default) => InBrowser<bool>();

    public Task<ApiResult<bool>> ForgotPasswordAsync(string email, CancellationToken cancellationToken = default) => InBrowser<bool>();

    public Task<ApiResult<bool>> ResetPasswordAsync(string email, string code, string newPassword, CancellationToken cancellationToken = default) =>
        InBrowser<bool>();

    public Task<ApiResult<bool>> ConfirmEmailAsync(string userId, string code, string? changedEmail, CancellationToken cancellationToken = default) =>
        InBrowser<bool>();

    public Task<ApiResult<bool>> ResendConfirmationAsync(string email, CancellationToken cancellationToken = default) => InBrowser<bool>();

    public Task<ApiResult<TwoFactorState>> TwoFactorAsync(TwoFactorChange change, CancellationToken cancellationToken = default) =>
        InBrowser<TwoFactorState>();

    private static Task<ApiResult<T>> InBrowser<T>() => Task.FromResult(ApiResult<T>.Fail("This runs in the browser; reload the page."));
}
