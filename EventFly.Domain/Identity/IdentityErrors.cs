namespace EventFly.Domain.Identity;

/// <summary>Error codes of the Identity context (the participant profile), listed in docs/api.md; wire values never change.</summary>
public static class IdentityErrors
{
    public const string DisplayNameTooLong = "display_name_too_long";

    public const string CityTooLong = "city_too_long";

    /// <summary>A profile location gave a latitude without a longitude, or the other way round.</summary>
    public const string IncompleteLocation = "incomplete_location";

    public const string TooManyInterests = "too_many_interests";

    public const string InterestTooLong = "interest_too_long";

    /// <summary>A profile asked for a language EventFly does not speak (see <see cref="Languages"/>).</summary>
    public const string UnsupportedLanguage = "unsupported_language";

    /// <summary>400: an e-mail confirmation link that is forged, mangled or for another account.</summary>
    public const string InvalidConfirmationLink = "invalid_confirmation_link";
}
