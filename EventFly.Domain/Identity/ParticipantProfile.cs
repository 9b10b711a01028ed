using EventFly.Domain.Common;

namespace EventFly.Domain.Identity;

/// <summary>
/// What a participant tells us about themselves: how they are shown, where they are and what they like.
/// Location and interests feed discovery ("near me") and recommendations.
/// </summary>
public sealed record ParticipantProfile
{
    public const int MaxDisplayNameLength = 100;
    public const int MaxCityLength = 100;
    public const int MaxInterests = 20;
    public const int MaxInterestLength = 40;

    private ParticipantProfile(string? displayName, string? city, GeoPoint? location, IReadOnlyList<string> interests, string? language)
    {
        Language = language;
        DisplayName = displayName;
        City = city;
        Location = location;
        Interests = interests;
    }

    public string? DisplayName { get; }

    public string? City { get; }

    public GeoPoint? Location { get; }

    /// <summary>Lower-case, trimmed, distinct, in the order given.</summary>
    public IReadOnlyList<string> Interests { get; }

    /// <summary>One of <see cref="Languages.Supported"/>, or null when the person has not chosen (then <see cref="Languages.Default"/>).</summary>
    public string? Language { get; }

    public static ParticipantProfile Empty { get; } = new(null, null, null, [], null);

    public static ParticipantProfile Create(
        string? displayName, string? city, double? latitude, double? longitude, IEnumerable<string>? interests, string? language = null)
    {
        language = string.IsNullOrWhiteSpace(language) ? null : language.Trim().ToLowerInvariant();
        if (language is not null && !Languages.IsSupported(language))
            throw new DomainException(IdentityErrors.UnsupportedLanguage, $"Choose one of: {string.Join(", ", Languages.Supported)}.");

        displayName = Normalize(displayName, MaxDisplayNameLength, IdentityErrors.DisplayNameTooLong, "Display name");
        city = Normalize(city, MaxCityLength, IdentityErrors.CityTooLong, "City");

        if (latitude.HasValue != longitude.HasValue)
            throw new DomainException(IdentityErrors.IncompleteLocation, "Give both latitude and longitude, or neither.");
        GeoPoint? location = latitude.HasValue ? new GeoPoint(latitude.Value, longitude!.Value) : null;

        var cleaned = (interests ?? [])
            .Select(i => i.Trim().ToLowerInvariant())
            .Where(i => i.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (cleaned.Count > MaxInterests)
            throw new DomainException(IdentityErrors.TooManyInterests, $"At most {MaxInterests} interests.");
        if (cleaned.Any(i => i.Length > MaxInterestLength))
            throw new DomainException(IdentityErrors.InterestTooLong, $"An interest has at most {MaxInterestLength} characters.");

        return new ParticipantProfile(displayName, city, location, cleaned, language);
    }

    private static string? Normalize(string? value, int maxLength, string code, string what)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed)) return null;
        if (trimmed.Length > maxLength) throw new DomainException(code, $"{what} has at most {maxLength} characters.");
        return trimmed;
    }
}
