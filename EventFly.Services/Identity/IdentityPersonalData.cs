using EventFly.Services.Common;
using EventFly.Services.Identity.Persistence;
using Microsoft.EntityFrameworkCore;

namespace EventFly.Services.Identity;

/// <summary>The account and its participant profile, for the person's data export.</summary>
internal sealed class IdentityPersonalData(IdentityData db) : IPersonalDataSource
{
    public string Section => "account";

    public async Task<object> ExportAsync(Guid userId, CancellationToken cancellationToken)
    {
        var user = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == userId, cancellationToken);
        if (user is null) return new { };
        var roles = await (from ur in db.UserRoles
                           join r in db.Roles on ur.RoleId equals r.Id
                           where ur.UserId == userId
                           select r.Name).ToListAsync(cancellationToken);
        return new AccountExport(user.Id, user.Email, user.EmailConfirmed, user.PhoneNumber, user.TwoFactorEnabled, user.DisplayName, user.City,
            user.Latitude, user.Longitude, user.Interests, user.Language, roles);
    }

    private sealed record AccountExport(
        Guid Id, string? Email, bool EmailConfirmed, string? PhoneNumber, bool TwoFactorEnabled, string? DisplayName, string? City,
        double? Latitude, double? Longitude, IReadOnlyList<string> Interests, string? Language, IReadOnlyList<string?> PlatformRoles);
}
