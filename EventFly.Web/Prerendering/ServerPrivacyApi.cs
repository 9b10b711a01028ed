using EventFly.Client.Api;
using EventFly.Client.Contracts;

namespace EventFly.Web.Prerendering;

/// <summary>
/// Deleting the account also clears the browser's sign-in cookie, which only an HTTP answer can do, so it runs in the
/// browser (over <c>DELETE /api/me</c>); the server needs this only to prerender the profile page.
/// </summary>
internal sealed class ServerPrivacyApi : IPrivacyApi
{
    public Task<ApiResult<bool>> DeleteAccountAsync(DeleteAccountRequest request, CancellationToken cancellationToken = default) =>
        Task.FromResult(ApiResult<bool>.Fail("This runs in the browser; reload the page."));
}
