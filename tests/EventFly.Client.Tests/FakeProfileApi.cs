using EventFly.Client.Api;
using EventFly.Client.Contracts;

namespace EventFly.Client.Tests;

/// <summary>The profile API as a test sets it up, remembering every save.</summary>
internal sealed class FakeProfileApi : IProfileApi
{
    public ProfileDto Profile { get; set; } = new();

    public List<ProfileDto> Saved { get; } = [];

    /// <summary>Who is signed in; unset, asking is a mistake of the test.</summary>
    public MeResponse? Me { get; set; }

    public Task<ApiResult<MeResponse>> GetMeAsync(CancellationToken cancellationToken = default) =>
        Me is null ? throw new NotSupportedException() : Task.FromResult(ApiResult<MeResponse>.Ok(Me));

    public Task<ApiResult<ProfileDto>> GetProfileAsync(CancellationToken cancellationToken = default) => Task.FromResult(ApiResult<ProfileDto>.Ok(Profile));

    public Task<ApiResult<ProfileDto>> UpdateProfileAsync(ProfileDto profile, CancellationToken cancellationToken = default)
    {
        Saved.Add(profile);
        return Task.FromResult(ApiResult<ProfileDto>.Ok(profile));
    }
}
