using EventFly.Domain.Identity;
using EventFly.Services.Persistence;
using Microsoft.EntityFrameworkCore;
using EventFly.Services.Identity.Contracts;
using EventFly.Services.Identity.Persistence;

namespace EventFly.Services.Identity;

internal sealed class ProfileService(IdentityData db) : IProfileService
{
    public async Task<AccountSummary?> GetAccountAsync(Guid userId, CancellationToken cancellationToken)
    {
        var user = await db.Users.AsNoTracking()
            .Where(u => u.Id == userId && u.Email != null) // a deleted account (ADR 0030) is no one to write to or sign in as
            .Select(u => new { u.Id, u.Email, u.DisplayName, u.Language, u.EmailConfirmed })
            .SingleOrDefaultAsync(cancellationToken);
        if (user is null) return null;

        var isAdmin = await (
            from ur in db.UserRoles
            join r in db.Roles on ur.RoleId equals r.Id
            where ur.UserId == userId && r.Name == Roles.PlatformAdmin
            select ur).AnyAsync(cancellationToken);
        return new AccountSummary(user.Id, user.Email ?? "", user.DisplayName, isAdmin, user.Language ?? Languages.Default, user.EmailConfirmed);
    }

    public async Task<IReadOnlyList<AccountSummary>> GetAccountsAsync(IReadOnlyCollection<Guid> userIds, CancellationToken cancellationToken) =>
        await db.Users.AsNoTracking()
            .Where(u => EF.Parameter(userIds).Contains(u.Id)) // one JSON parameter: thousands of ids in one statement stay fast
            .Select(u => new AccountSummary(u.Id, u.Email ?? "", u.DisplayName, false, u.Language ?? Languages.Default))
            .ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<Guid>> FindAccountIdsAsync(string text, IReadOnlyCollection<Guid>? among, int limit, CancellationToken cancellationToken)
    {
        var pattern = "%" + text.Replace(@"\", @"\\", StringComparison.Ordinal).Replace("%", @"\%", StringComparison.Ordinal)
            .Replace("_", @"\_", StringComparison.Ordinal).Replace("[", @"\[", StringComparison.Ordinal) + "%";
        var users = db.Users.AsNoTracking();
        if (among is not null) users = users.Where(u => EF.Parameter(among).Contains(u.Id));
        // In any case: SQLite's LIKE ignores the case of ASCII letters and SQL Server's default collation ignores case;
        // PostgreSQL's LIKE does not, its ILIKE does.
        users = db.Database.IsNpgsql()
            ? users.Where(u => EF.Functions.ILike(u.Email!, pattern, @"\") || EF.Functions.ILike(u.DisplayName!, pattern, @"\"))
            : users.Where(u => EF.Functions.Like(u.Email!, pattern, @"\") || EF.Functions.Like(u.DisplayName!, pattern, @"\"));
        return await users.Select(u => u.Id).Take(limit).ToListAsync(cancellationToken);
    }

    public async Task<AccountSummary?> FindAccountByEmailAsync(string email, CancellationToken cancellationToken)
    {
        var normalized = email.Trim().ToUpperInvariant();
        return await db.Users.AsNoTracking()
            .Where(u => u.NormalizedEmail == normalized)
            .Select(u => new AccountSummary(u.Id, u.Email ?? "", u.DisplayName, false, u.Language ?? Languages.Default))
            .FirstOrDefaultAsync(cancellationToken);
    }

    public async Task<ParticipantProfile?> GetProfileAsync(Guid userId, CancellationToken cancellationToken)
    {
        var user = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == userId, cancellationToken);
        return user?.GetProfile();
    }

    public async Task<ParticipantTaste?> GetTasteAsync(Guid userId, CancellationToken cancellationToken) =>
        await GetProfileAsync(userId, cancellationToken) is { } profile ? Taste(profile) : null;

    public async Task<IReadOnlyDictionary<Guid, ParticipantTaste>> GetTastesAsync(IReadOnlyCollection<Guid> userIds, CancellationToken cancellationToken)
    {
        var users = await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id)).ToListAsync(cancellationToken);
        return users.ToDictionary(u => u.Id, u => Taste(u.GetProfile()));
    }

    private static ParticipantTaste Taste(ParticipantProfile profile) => new(profile.Location, profile.Interests);

    public async Task<ParticipantProfile?> UpdateProfileAsync(Guid userId, ParticipantProfile profile, CancellationToken cancellationToken)
    {
        var user = await db.Users.SingleOrDefaultAsync(u => u.Id == userId, cancellationToken);
        if (user is null) return null;
        user.ApplyProfile(profile);
        await db.SaveChangesAsync(cancellationToken);
        return user.GetProfile();
    }
}
