using EventFly.Client.Api;
using EventFly.Client.Contracts;

namespace EventFly.Web.Prerendering;

/// <summary>
/// Sign-in sets the browser's cookie, so it only runs in the browser (over <c>/api/auth</c>). The server needs an
/// implementation only to prerender the sign-in and register pages, whose forms stay disabled until interactive.
/// </summary>
internal sealed class ServerAccountApi : IAccountApi
{
    public Task<ApiResult<bool>> LoginAsync(Credentials credentials, CancellationToken cancellationToken = default) =>
        Task.FromResult(ApiResult<bool>.Fail("Signing in runs in the browser; reload the page."));

    public Task<ApiResult<bool>> RegisterAsync(Credentials credentials, CancellationToken cancellationToken = default) =>
        Task.FromResult(ApiResult<bool>.Fail("Registering runs in the browser; reload the page."));
}
