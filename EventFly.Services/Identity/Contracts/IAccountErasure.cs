namespace EventFly.Services.Identity.Contracts;

/// <summary>The Identity context's part of deleting an account; the Privacy context decides when (its rules come first).</summary>
public interface IAccountErasure
{
    /// <summary>
    /// Whether <paramref name="password"/> is the account's current password (re-authentication before deleting). A wrong one
    /// counts towards the sign-in's lockout, and a locked-out account is not checked at all.
    /// </summary>
    Task<PasswordCheck> CheckPasswordAsync(Guid userId, string password, CancellationToken cancellationToken);

    /// <summary>Whether the account exists and has not been erased (a sign-in issued before an erasure must stop working).</summary>
    Task<bool> IsActiveAsync(Guid userId, CancellationToken cancellationToken);

    /// <summary>
    /// Anonymizes the account (no e-mail, name, profile, password, sign-ins or roles left; the e-mail may register again)
    /// and announces <see cref="ParticipantDeletedV1"/> in the same transaction. Does nothing for an unknown or already erased account.
    /// </summary>
    Task EraseAsync(Guid userId, bool cancelOpenPaidOrders, CancellationToken cancellationToken);
}

public enum PasswordCheck
{
    Correct,
    Wrong,

    /// <summary>Too many wrong passwords (signing in or checking) in a row; not checked until the lockout ends.</summary>
    LockedOut,
}
