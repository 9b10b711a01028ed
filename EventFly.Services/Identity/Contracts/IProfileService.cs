using EventFly.Domain.Common;
using EventFly.Domain.Identity;

namespace EventFly.Services.Identity.Contracts;

/// <summary>Reads and changes the participant profile of an account.</summary>
public interface IProfileService
{
    /// <returns>The account, or null when no account has that id.</returns>
    Task<AccountSummary?> GetAccountAsync(Guid userId, CancellationToken cancellationToken);

    /// <summary>The accounts among <paramref name="userIds"/> that exist, for other contexts to show names.</summary>
    Task<IReadOnlyList<AccountSummary>> GetAccountsAsync(IReadOnlyCollection<Guid> userIds, CancellationToken cancellationToken);

    Task<AccountSummary?> FindAccountByEmailAsync(string email, CancellationToken cancellationToken);

    /// <summary>
    /// Ids of up to <paramref name="limit"/> accounts (among <paramref name="among"/>, when given) whose e-mail or display
    /// name contains <paramref name="text"/>, ASCII letters in any case.
    /// </summary>
    Task<IReadOnlyList<Guid>> FindAccountIdsAsync(string text, IReadOnlyCollection<Guid>? among, int limit, CancellationToken cancellationToken);

    Task<ParticipantProfile?> GetProfileAsync(Guid userId, CancellationToken cancellationToken);

    /// <summary>Where the person is and what they like, for other contexts (Recommendations); null when no account has that id.</summary>
    Task<ParticipantTaste?> GetTasteAsync(Guid userId, CancellationToken cancellationToken);

    /// <summary>The tastes of many people at once (model training), by id; ids of no account are left out.</summary>
    Task<IReadOnlyDictionary<Guid, ParticipantTaste>> GetTastesAsync(IReadOnlyCollection<Guid> userIds, CancellationToken cancellationToken);

    /// <returns>The stored profile, or null when no account has that id.</returns>
    Task<ParticipantProfile?> UpdateProfileAsync(Guid userId, ParticipantProfile profile, CancellationToken cancellationToken);
}

/// <summary>A participant's location (from their profile; none is fine) and interests, as other contexts see them.</summary>
public sealed record ParticipantTaste(GeoPoint? Location, IReadOnlyList<string> Interests);

/// <summary>
/// An account as other contexts see it; <see cref="Language"/> is what to write to the person in (never null);
/// <see cref="EmailConfirmed"/>: the person opened the confirmation link (only <see cref="IProfileService.GetAccountAsync"/> fills it).
/// </summary>
public sealed record AccountSummary(Guid Id, string Email, string? DisplayName, bool IsAdmin, string Language = Languages.Default, bool EmailConfirmed = false);
