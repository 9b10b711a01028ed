using EventFly.Services.Common;
using EventFly.Services.Organizations.Contracts;
using EventFly.Services.Ticketing.Contracts;

namespace EventFly.Services.Privacy.Contracts;

/// <summary>A participant's rights over their data (ADR 0030): take all of it with them, or delete the account.</summary>
public interface IPersonalDataService
{
    /// <summary>Everything each context holds about the signed-in caller, one section per context; nothing about anybody else.</summary>
    Task<PersonalDataExport> ExportAsync(Actor actor, CancellationToken cancellationToken);

    /// <summary>
    /// Deletes the caller's account once its password is confirmed, unless it is an organization's only owner, or holds
    /// paid orders for events to come and the request does not say whether to cancel or keep them. The account is
    /// anonymized at once; every other context follows through <see cref="Identity.Contracts.ParticipantDeletedV1"/>.
    /// </summary>
    Task<AccountDeletionResult> DeleteAccountAsync(Actor actor, AccountDeletionRequest request, CancellationToken cancellationToken);
}

/// <summary>What to do with paid orders for events still to come: cancel them (refunded as a buyer's cancellation) or keep them (the tickets stay valid).</summary>
public enum OpenPaidOrdersChoice
{
    Cancel,
    Keep,
}

/// <param name="Password">The account's current password: deleting needs a fresh proof that the owner asks.</param>
/// <param name="OpenPaidOrders">Required only when there are such orders.</param>
public sealed record AccountDeletionRequest(string? Password, OpenPaidOrdersChoice? OpenPaidOrders);

public sealed record PersonalDataExport(Guid UserId, DateTimeOffset ExportedAt, IReadOnlyDictionary<string, object> Sections);

public enum AccountDeletionOutcome
{
    Deleted,
    InvalidPassword,

    /// <summary>Too many wrong passwords in a row: the account's sign-in lockout applies; nothing was checked or deleted.</summary>
    LockedOut,
    SoleOwner,
    OpenPaidOrders,
}

/// <summary>The outcome, with what stands in the way: <see cref="SolelyOwned"/> for <c>SoleOwner</c>, <see cref="OpenPaidOrders"/> for <c>OpenPaidOrders</c>.</summary>
public sealed record AccountDeletionResult(AccountDeletionOutcome Outcome, IReadOnlyList<OrganizationName> SolelyOwned, IReadOnlyList<OpenPaidOrder> OpenPaidOrders)
{
    public static AccountDeletionResult Of(AccountDeletionOutcome outcome) => new(outcome, [], []);
}
