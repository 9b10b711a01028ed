using EventFly.Domain.Identity;
using Microsoft.AspNetCore.Identity;

namespace EventFly.Services.Identity.Contracts;

/// <summary>An account: ASP.NET Core Identity's user plus the participant profile it carries.</summary>
public sealed class AppUser : IdentityUser<Guid>
{
    public string? DisplayName { get; private set; }

    public string? City { get; private set; }

    public double? Latitude { get; private set; }

    public double? Longitude { get; private set; }

    public List<string> Interests { get; private set; } = [];

    /// <summary>The language chosen in the profile (e-mails and notifications are written in it); null: not chosen.</summary>
    public string? Language { get; private set; }

    public static AppUser Create(string email) => new() { UserName = email, Email = email };

    public ParticipantProfile GetProfile() =>
        ParticipantProfile.Create(DisplayName, City, Latitude, Longitude, Interests, Language);

    public void ApplyProfile(ParticipantProfile profile)
    {
        DisplayName = profile.DisplayName;
        City = profile.City;
        Latitude = profile.Location?.Latitude;
        Longitude = profile.Location?.Longitude;
        Interests = [.. profile.Interests];
        Language = profile.Language;
    }
}
