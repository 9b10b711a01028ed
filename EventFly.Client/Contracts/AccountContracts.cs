using System.ComponentModel.DataAnnotations;
using EventFly.Client.Resources;

namespace EventFly.Client.Contracts;

/// <summary>The "forgot password" form; the body of <c>/api/auth/forgotPassword</c>.</summary>
public sealed class ForgotPasswordForm
{
    [Required(ErrorMessageResourceType = typeof(AccountTexts), ErrorMessageResourceName = nameof(AccountTexts.EmailRequired))]
    [EmailAddress(ErrorMessageResourceType = typeof(AccountTexts), ErrorMessageResourceName = nameof(AccountTexts.EmailInvalid))]
    public string Email { get; set; } = "";
}

/// <summary>The "reset password" form: e-mail and code come from the mailed link, the new password from the person.</summary>
public sealed class ResetPasswordForm
{
    [Required(ErrorMessageResourceType = typeof(AccountTexts), ErrorMessageResourceName = nameof(AccountTexts.NewPasswordRequired))]
    [MinLength(8, ErrorMessageResourceType = typeof(AccountTexts), ErrorMessageResourceName = nameof(AccountTexts.AtLeast8Characters))]
    public string NewPassword { get; set; } = "";

    [Required(ErrorMessageResourceType = typeof(AccountTexts), ErrorMessageResourceName = nameof(AccountTexts.ConfirmPasswordRequired))]
    [Compare(nameof(NewPassword), ErrorMessageResourceType = typeof(AccountTexts), ErrorMessageResourceName = nameof(AccountTexts.PasswordsDiffer))]
    public string ConfirmPassword { get; set; } = "";
}

/// <summary>The code from an authenticator app (six digits) or a recovery code.</summary>
public sealed class TwoFactorCodeForm
{
    [Required(ErrorMessageResourceType = typeof(AccountTexts), ErrorMessageResourceName = nameof(AccountTexts.EnterTheCode))]
    public string Code { get; set; } = "";
}

/// <summary>The body of <c>POST /api/auth/manage/2fa</c> (Identity's <c>TwoFactorRequest</c>); an empty one only reads the state.</summary>
public sealed record TwoFactorChange(bool? Enable = null, string? TwoFactorCode = null, bool ResetSharedKey = false, bool ResetRecoveryCodes = false);

/// <summary>The answer of <c>POST /api/auth/manage/2fa</c>; <see cref="RecoveryCodes"/> only right after they were made.</summary>
public sealed record TwoFactorState(string SharedKey, int RecoveryCodesLeft, string[]? RecoveryCodes, bool IsTwoFactorEnabled, bool IsMachineRemembered);
