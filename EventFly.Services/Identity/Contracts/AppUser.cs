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

    /// <summary>The name every context shows for a deleted account (ADR 0030).</summary>
    public const string DeletedDisplayName = "Deleted participant";

    /// <summary>The person deleted the account; the row stays, anonymized, so orders keep a buyer id (no column of its own).</summary>
    public bool IsErased => IsErasedName(Email, UserName);

    /// <summary>An erased account has no e-mail and the user name <c>deleted-&lt;id&gt;</c>; for queries that read only those two.</summary>
    public static bool IsErasedName(string? email, string? userName) =>
        email is null && userName is { } name && name.StartsWith(ErasedUserNamePrefix, StringComparison.Ordinal);

    private const string ErasedUserNamePrefix = "deleted-";

    public static AppUser Create(string email) => new() { UserName = email, Email = email };

    /// <summary>
    /// Forgets the person: no e-mail (so it may register again), no name, profile, phone, password or second factor; the
    /// user name becomes an id no one can sign in with, and a new security stamp ends every session and refresh token.
    /// </summary>
    public void Erase()
    {
        var anonymous = ErasedUserNamePrefix + Id.ToString("N");
        UserName = anonymous;
        NormalizedUserName = anonymous.ToUpperInvariant();
        Email = null;
        NormalizedEmail = null;
        EmailConfirmed = false;
        PhoneNumber = null;
        PhoneNumberConfirmed = false;
        PasswordHash = null;
        TwoFactorEnabled = false;
        LockoutEnabled = true;
        LockoutEnd = DateTimeOffset.MaxValue;
        SecurityStamp = Guid.NewGuid().ToString("N");
        ConcurrencyStamp = Guid.NewGuid().ToString();
        DisplayName = DeletedDisplayName;
        City = null;
        Latitude = null;
        Longitude = null;
        Interests = [];
        Language = null;
    }

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
