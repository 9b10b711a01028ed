using System.ComponentModel.DataAnnotations;
using EventFly.Client.Resources;
using System.Text.Json.Serialization;

namespace EventFly.Client.Contracts;

/// <summary>The sign-in and register forms; the body of <c>/api/auth/login</c> and <c>/api/auth/register</c>.</summary>
public sealed class Credentials
{
    [Required(ErrorMessageResourceType = typeof(AccountTexts), ErrorMessageResourceName = nameof(AccountTexts.EmailRequired))]
    [EmailAddress(ErrorMessageResourceType = typeof(AccountTexts), ErrorMessageResourceName = nameof(AccountTexts.EmailInvalid))]
    public string Email { get; set; } = "";

    [Required(ErrorMessageResourceType = typeof(AccountTexts), ErrorMessageResourceName = nameof(AccountTexts.PasswordRequired))]
    [MinLength(8, ErrorMessageResourceType = typeof(AccountTexts), ErrorMessageResourceName = nameof(AccountTexts.AtLeast8Characters))]
    public string Password { get; set; } = "";

    /// <summary>The authenticator app's code, when the login answered that two-factor sign-in is required.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? TwoFactorCode { get; set; }

    /// <summary>A recovery code instead of <see cref="TwoFactorCode"/>; each works once.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? TwoFactorRecoveryCode { get; set; }
}
