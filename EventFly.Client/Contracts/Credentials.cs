using System.ComponentModel.DataAnnotations;

namespace EventFly.Client.Contracts;

/// <summary>The sign-in and register forms; the body of <c>/api/auth/login</c> and <c>/api/auth/register</c>.</summary>
public sealed class Credentials
{
    [Required, EmailAddress]
    public string Email { get; set; } = "";

    [Required, MinLength(8, ErrorMessage = "At least 8 characters.")]
    public string Password { get; set; } = "";
}
