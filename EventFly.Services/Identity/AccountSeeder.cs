using EventFly.Domain.Identity;
using EventFly.Services.DemoData;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using EventFly.Services.Identity.Contracts;

namespace EventFly.Services.Identity;

/// <summary>Creates the platform roles, the configured admin and the demo accounts; safe to run at every start.</summary>
internal sealed partial class AccountSeeder(
    UserManager<AppUser> users,
    RoleManager<IdentityRole<Guid>> roles,
    ILogger<AccountSeeder> logger) : IDemoDataContributor
{
    public int Order => 0;

    public async Task EnsureRolesAsync()
    {
        if (!await roles.RoleExistsAsync(Roles.PlatformAdmin))
            Check(await roles.CreateAsync(new IdentityRole<Guid>(Roles.PlatformAdmin)));
    }

    public async Task EnsureAdminAsync(AdminOptions admin)
    {
        if (string.IsNullOrWhiteSpace(admin.Email) || string.IsNullOrEmpty(admin.Password)) return;
        var user = await EnsureUserAsync(admin.Email, admin.Password, ParticipantProfile.Create("Platform admin", null, null, null, null));
        // Someone may have registered the address before it was configured: only the configured password opens the
        // admin account. Reset only when it differs, so a restart does not sign the admin out.
        if (!await users.CheckPasswordAsync(user, admin.Password))
        {
            if (await users.HasPasswordAsync(user)) Check(await users.RemovePasswordAsync(user));
            Check(await users.AddPasswordAsync(user, admin.Password));
            LogAdminPasswordReset(logger, admin.Email);
        }
        if (!await users.IsInRoleAsync(user, Roles.PlatformAdmin))
            Check(await users.AddToRoleAsync(user, Roles.PlatformAdmin));
        LogAdminEnsured(logger, admin.Email);
    }

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        // One hash for every demo account (its salt is inside it): hashing is slow on purpose, about 0.1 s each, and the
        // demo accounts share their password anyway. Made once, and only when an account is missing.
        string? passwordHash = null;
        foreach (var account in DemoAccounts.All)
        {
            var profile = ParticipantProfile.Create(account.DisplayName, account.City, account.Latitude, account.Longitude, account.Interests);
            var user = await EnsureUserAsync(account.Email, DemoAccounts.Password, profile,
                () => passwordHash ??= users.PasswordHasher.HashPassword(AppUser.Create(account.Email), DemoAccounts.Password));
            if (account == DemoAccounts.Admin && !await users.IsInRoleAsync(user, Roles.PlatformAdmin))
                Check(await users.AddToRoleAsync(user, Roles.PlatformAdmin));
        }
    }

    /// <param name="sharedHash">The hash of <paramref name="password"/> to store instead of hashing it for this account.</param>
    private async Task<AppUser> EnsureUserAsync(string email, string password, ParticipantProfile profile, Func<string>? sharedHash = null)
    {
        var existing = await users.FindByEmailAsync(email);
        if (existing is not null) return existing;

        var user = AppUser.Create(email);
        user.ApplyProfile(profile);
        user.EmailConfirmed = true;
        if (sharedHash is null)
        {
            Check(await users.CreateAsync(user, password));
        }
        else
        {
            user.PasswordHash = sharedHash();
            Check(await users.CreateAsync(user));
        }
        return user;
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
            throw new InvalidOperationException("Seeding accounts failed: " + string.Join("; ", result.Errors.Select(e => e.Description)));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Platform admin {Email} existed with another password; it was replaced by the configured one")]
    private static partial void LogAdminPasswordReset(ILogger logger, string email);

    [LoggerMessage(Level = LogLevel.Information, Message = "Platform admin {Email} ensured")]
    private static partial void LogAdminEnsured(ILogger logger, string email);
}
