using EventFly.Client.Contracts;
using EventFly.Domain.Identity;
using EventFly.Services.Identity.Contracts;

namespace EventFly.Web.Identity;

internal static class ProfileMapping
{
    public static ProfileDto ToDto(this ParticipantProfile profile) => new()
    {
        DisplayName = profile.DisplayName,
        City = profile.City,
        Latitude = profile.Location?.Latitude,
        Longitude = profile.Location?.Longitude,
        Interests = [.. profile.Interests],
        Language = profile.Language,
    };

    public static ParticipantProfile ToDomain(this ProfileDto dto) =>
        ParticipantProfile.Create(dto.DisplayName, dto.City, dto.Latitude, dto.Longitude, dto.Interests, dto.Language);

    public static MeResponse ToResponse(this AccountSummary account) =>
        new(account.Id, account.Email, account.DisplayName, account.IsAdmin, account.EmailConfirmed, account.Language);
}
