using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using EventFly.Services.Organizations.Contracts;

namespace EventFly.Services.Organizations;

/// <summary>
/// The accept link's token: the invitation id, signed and encrypted with the deployment's data-protection keys and
/// expiring with the invitation. Forged, tampered or expired tokens read as nothing.
/// </summary>
internal sealed class InvitationTokens(IDataProtectionProvider protection, TimeProvider time)
{
    private readonly ITimeLimitedDataProtector _protector =
        protection.CreateProtector("EventFly.Organizations.Invitations.v1").ToTimeLimitedDataProtector();

    public string Create(Guid invitationId, DateTimeOffset expiresAt) =>
        _protector.Protect(invitationId.ToString("N"), expiresAt);

    public Guid? Read(string token)
    {
        try
        {
            var payload = _protector.Unprotect(token, out var expiresAt);
            return expiresAt > time.GetUtcNow() && Guid.TryParseExact(payload, "N", out var id) ? id : null;
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
