using System.ComponentModel.DataAnnotations;
using EventFly.Client.Resources;

namespace EventFly.Client.Contracts;

/// <summary><c>GET/PUT /api/me/profile</c>. The same rules validate the form as you type and the API on the server.</summary>
public sealed class ProfileDto : IValidatableObject
{
    public const int MaxInterests = 20;
    public const int MaxInterestLength = 40;

    [StringLength(100, ErrorMessageResourceType = typeof(AccountTexts), ErrorMessageResourceName = nameof(AccountTexts.DisplayNameTooLong))]
    public string? DisplayName { get; set; }

    [StringLength(100, ErrorMessageResourceType = typeof(AccountTexts), ErrorMessageResourceName = nameof(AccountTexts.CityTooLong))]
    public string? City { get; set; }

    [Range(-90, 90, ErrorMessageResourceType = typeof(AccountTexts), ErrorMessageResourceName = nameof(AccountTexts.LatitudeRange))]
    public double? Latitude { get; set; }

    [Range(-180, 180, ErrorMessageResourceType = typeof(AccountTexts), ErrorMessageResourceName = nameof(AccountTexts.LongitudeRange))]
    public double? Longitude { get; set; }

    public List<string> Interests { get; set; } = [];

    /// <summary>The language e-mails and notifications are written in: <c>en</c> or <c>de</c>; null: not chosen (English).</summary>
    [AllowedValues(null, "en", "de", ErrorMessage = "Choose en or de.")]
    public string? Language { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Latitude.HasValue != Longitude.HasValue)
        {
            var missing = Latitude.HasValue ? nameof(Longitude) : nameof(Latitude);
            yield return new ValidationResult(AccountTexts.BothCoordinatesOrNeither, [missing]);
        }
        if (Interests.Count > MaxInterests)
            yield return new ValidationResult(AccountTexts.AtMostInterests(MaxInterests), [nameof(Interests)]);
        if (Interests.Any(i => i.Trim().Length > MaxInterestLength))
            yield return new ValidationResult(AccountTexts.InterestTooLong(MaxInterestLength), [nameof(Interests)]);
    }
}
