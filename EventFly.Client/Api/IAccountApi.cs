using EventFly.Client.Contracts;

namespace EventFly.Client.Api;

/// <summary>Sign-in and registration. Both set the browser's auth cookie, so they only ever run in the browser.</summary>
public interface IAccountApi
{
    Task<ApiResult<bool>> LoginAsync(Credentials credentials, CancellationToken cancellationToken = default);

    Task<ApiResult<bool>> RegisterAsync(Credentials credentials, CancellationToken cancellationToken = default);
}
