using EventFly.Client.Contracts;

namespace EventFly.Client.Api;

/// <summary>The signed-in user's account and profile: over HTTP in the browser, directly on the server when prerendering.</summary>
public interface IProfileApi
{
    Task<ApiResult<MeResponse>> GetMeAsync(CancellationToken cancellationToken = default);

    Task<ApiResult<ProfileDto>> GetProfileAsync(CancellationToken cancellationToken = default);

    Task<ApiResult<ProfileDto>> UpdateProfileAsync(ProfileDto profile, CancellationToken cancellationToken = default);
}
