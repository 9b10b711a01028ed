using EventFly.Client.Api;
using EventFly.Client.Contracts;
using EventFly.Services.Identity.Contracts;
using EventFly.Web.Identity;
using Microsoft.AspNetCore.Components.Authorization;

namespace EventFly.Web.Prerendering;

/// <summary>The server's <see cref="IProfileApi"/>: calls the service directly while a page is prerendered or runs on the server.</summary>
internal sealed class ServerProfileApi(IProfileService profiles, AuthenticationStateProvider authentication) : IProfileApi
{
    public async Task<ApiResult<MeResponse>> GetMeAsync(CancellationToken cancellationToken = default)
    {
        var userId = await CurrentUserAsync();
        var account = userId is null ? null : await profiles.GetAccountAsync(userId.Value, cancellationToken);
        return account is null ? ApiResult<MeResponse>.Fail("You are signed out.") : ApiResult<MeResponse>.Ok(account.ToResponse());
    }

    public async Task<ApiResult<ProfileDto>> GetProfileAsync(CancellationToken cancellationToken = default)
    {
        var userId = await CurrentUserAsync();
        var profile = userId is null ? null : await profiles.GetProfileAsync(userId.Value, cancellationToken);
        return profile is null ? ApiResult<ProfileDto>.Fail("You are signed out.") : ApiResult<ProfileDto>.Ok(profile.ToDto());
    }

    public async Task<ApiResult<ProfileDto>> UpdateProfileAsync(ProfileDto profile, CancellationToken cancellationToken = default)
    {
        var userId = await CurrentUserAsync();
        var saved = userId is null ? null : await profiles.UpdateProfileAsync(userId.Value, profile.ToDomain(), cancellationToken);
        return saved is null ? ApiResult<ProfileDto>.Fail("You are signed out.") : ApiResult<ProfileDto>.Ok(saved.ToDto());
    }

    private async Task<Guid?> CurrentUserAsync() => (await authentication.GetAuthenticationStateAsync()).User.FindUserId();
}
