using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using EventFly.Services.Identity.Contracts;
using Microsoft.AspNetCore.Identity;

namespace EventFly.Web.Identity;

/// <summary>
/// Authenticator (TOTP) codes that sign in once. Identity's own check accepts a code for its whole window (two 30-second
/// steps either side), as often as it is sent, so a code read over a shoulder or out of a log signs in again for up to
/// two and a half minutes. As RFC 6238 §5.2 asks, this check remembers the last step it accepted for the user (an
/// Identity user token, so no schema change) and refuses that step and every earlier one.
/// </summary>
internal sealed class OneTimeAuthenticatorTokenProvider(TimeProvider clock) : AuthenticatorTokenProvider<AppUser>
{
    public const string Name = "EventFly.Authenticator";
    private const string TokenProvider = "[EventFly.Authenticator]";
    private const string LastStepToken = "LastAcceptedStep";
    private const int Window = 2;

    public override async Task<bool> ValidateAsync(string purpose, string token, UserManager<AppUser> manager, AppUser user)
    {
        var key = await manager.GetAuthenticatorKeyAsync(user);
        var code = token.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        if (string.IsNullOrEmpty(key) || code.Length != 6 || !code.All(char.IsAsciiDigit)) return false;

        var step = MatchingStep(Base32(key), code, clock.GetUtcNow().ToUnixTimeSeconds() / 30);
        if (step is null) return false;

        var last = await manager.GetAuthenticationTokenAsync(user, TokenProvider, LastStepToken);
        if (long.TryParse(last, CultureInfo.InvariantCulture, out var lastStep) && step <= lastStep) return false;
        // Two requests racing with one code: the user row's concurrency stamp lets only one of them save.
        var saved = await manager.SetAuthenticationTokenAsync(user, TokenProvider, LastStepToken, step.Value.ToString(CultureInfo.InvariantCulture));
        return saved.Succeeded;
    }

    private static long? MatchingStep(byte[] secret, string code, long now)
    {
        for (var step = now - Window; step <= now + Window; step++)
            if (CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Code(secret, step)), Encoding.ASCII.GetBytes(code)))
                return step;
        return null;
    }

    /// <summary>RFC 4226 HOTP over the step: HMAC-SHA1, dynamic truncation, six digits.</summary>
    private static string Code(byte[] secret, long step)
    {
        Span<byte> counter = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(counter, step);
#pragma warning disable CA5350 // RFC 6238 and every authenticator app use HMAC-SHA1.
        var hash = HMACSHA1.HashData(secret, counter);
#pragma warning restore CA5350
        var offset = hash[^1] & 0x0F;
        var value = BinaryPrimitives.ReadInt32BigEndian(hash.AsSpan(offset, 4)) & 0x7FFFFFFF;
        return (value % 1_000_000).ToString("D6", CultureInfo.InvariantCulture);
    }

    private static byte[] Base32(string text)
    {
        const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var bytes = new List<byte>(text.Length * 5 / 8);
        int buffer = 0, bits = 0;
        foreach (var c in text.TrimEnd('=').ToUpperInvariant())
        {
            buffer = (buffer << 5) | Alphabet.IndexOf(c, StringComparison.Ordinal);
            bits += 5;
            if (bits < 8) continue;
            bytes.Add((byte)(buffer >> (bits - 8)));
            bits -= 8;
        }
        return [.. bytes];
    }
}
