using System.Security.Cryptography;
using EventFly.Services.Notifications.Contracts;
using Microsoft.AspNetCore.DataProtection;

namespace EventFly.Services.Notifications;

/// <summary>
/// The one-click unsubscribe link's token: user id and category, signed and encrypted with the deployment's
/// data-protection keys (shared by every container through the database), valid for <see cref="Validity"/>.
/// Forged, altered or expired tokens read as nothing.
/// </summary>
internal sealed class UnsubscribeTokens(IDataProtectionProvider protection, TimeProvider time)
{
    public static readonly TimeSpan Validity = TimeSpan.FromDays(90);

    private readonly ITimeLimitedDataProtector _protector =
        protection.CreateProtector("EventFly.Notifications.Unsubscribe.v1").ToTimeLimitedDataProtector();

    public string Create(Guid userId, NotificationCategory category) =>
        _protector.Protect($"{userId:N}:{category}", time.GetUtcNow() + Validity);

    public UnsubscribeRequest? Read(string? token)
    {
        if (string.IsNullOrWhiteSpace(token)) return null;
        try
        {
            var payload = _protector.Unprotect(token, out var expiresAt);
            return expiresAt > time.GetUtcNow()
                && payload.Split(':') is [var user, var category]
                && Guid.TryParseExact(user, "N", out var userId)
                && Enum.TryParse<NotificationCategory>(category, out var parsed)
                ? new UnsubscribeRequest(userId, parsed) : null;
        }
        catch (CryptographicException)
        {
            return null;
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
