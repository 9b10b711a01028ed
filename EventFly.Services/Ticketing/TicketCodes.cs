using System.Security.Cryptography;
using System.Text;
using EventFly.Services.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using EventFly.Services.Ticketing.Contracts;
using EventFly.Services.Ticketing.Persistence;

namespace EventFly.Services.Ticketing;

/// <summary>
/// What a ticket's QR holds: its random code and an HMAC of it under a server key (<c>code.signature</c>). A scanner can
/// reject a forged or mistyped code without touching the tickets table; the key is shared by every container through
/// the database (a random value the migration created).
/// </summary>
internal sealed class TicketCodes(IServiceScopeFactory scopes)
{
    private const string KeyName = "tickets.hmac";
    private const int SignatureBytes = 8;
    private byte[]? _key;

    public async Task<string> SignAsync(string code, CancellationToken cancellationToken) =>
        $"{code}.{Convert.ToHexStringLower(await SignatureAsync(code, cancellationToken))}";

    /// <returns>The ticket's code when <paramref name="signed"/> carries a valid signature; null otherwise.</returns>
    public async Task<string?> VerifyAsync(string signed, CancellationToken cancellationToken)
    {
        var parts = signed.Trim().ToLowerInvariant().Split('.');
        if (parts is not [{ Length: > 0 and <= 64 } code, { Length: SignatureBytes * 2 } signature]) return null;
        byte[] given;
        try
        {
            given = Convert.FromHexString(signature);
        }
        catch (FormatException)
        {
            return null;
        }
        var expected = await SignatureAsync(code, cancellationToken);
        return CryptographicOperations.FixedTimeEquals(given, expected) ? code : null;
    }

    private async Task<byte[]> SignatureAsync(string code, CancellationToken cancellationToken)
    {
        var key = await KeyAsync(cancellationToken);
        return HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(code))[..SignatureBytes];
    }

    // The key is created by the migration that made its table; two first callers may both load it, harmlessly.
    private async Task<byte[]> KeyAsync(CancellationToken cancellationToken) => _key ??= await LoadAsync(cancellationToken);

    private async Task<byte[]> LoadAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TicketingData>();
        return (await db.Secrets.AsNoTracking().SingleAsync(s => s.Name == KeyName, cancellationToken)).Value;
    }
}
