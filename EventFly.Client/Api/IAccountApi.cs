using EventFly.Client.Contracts;

namespace EventFly.Client.Api;

/// <summary>
/// Sign-in, registration and account security over Identity's <c>/api/auth</c> endpoints. Sign-in sets the browser's auth
/// cookie and the rest use it, so they only ever run in the browser.
/// </summary>
public interface IAccountApi
{
    /// <summary>Fails with <see cref="ApiResult{T}.Error"/> <c>RequiresTwoFactor</c> when the account needs a code.</summary>
    Task<ApiResult<bool>> LoginAsync(Credentials credentials, CancellationToken cancellationToken = default);

    Task<ApiResult<bool>> RegisterAsync(Credentials credentials, CancellationToken cancellationToken = default);

    /// <summary>Mails a reset link when the address has a confirmed account; the answer is the same either way.</summary>
    Task<ApiResult<bool>> ForgotPasswordAsync(string email, CancellationToken cancellationToken = default);

    Task<ApiResult<bool>> ResetPasswordAsync(string email, string code, string newPassword, CancellationToken cancellationToken = default);

    Task<ApiResult<bool>> ConfirmEmailAsync(string userId, string code, string? changedEmail, CancellationToken cancellationToken = default);

    Task<ApiResult<bool>> ResendConfirmationAsync(string email, CancellationToken cancellationToken = default);

    /// <summary>Reads (an empty <paramref name="change"/>) or changes two-factor sign-in of the signed-in account.</summary>
    Task<ApiResult<TwoFactorState>> TwoFactorAsync(TwoFactorChange change, CancellationToken cancellationToken = default);
}
