using EventFly.Services.Identity.Contracts;
using EventFly.Services.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace EventFly.Services.Identity.Persistence;

/// <summary>The Identity context's tables: ASP.NET Core Identity's users, roles and role assignments, and each user's claims, external sign-ins and tokens.</summary>
internal sealed class IdentityData(EventFlyDbContext db) : ContextData(db)
{
    public DbSet<AppUser> Users => Set<AppUser>();

    public DbSet<IdentityRole<Guid>> Roles => Set<IdentityRole<Guid>>();

    public DbSet<IdentityUserRole<Guid>> UserRoles => Set<IdentityUserRole<Guid>>();

    public DbSet<IdentityUserClaim<Guid>> UserClaims => Set<IdentityUserClaim<Guid>>();

    public DbSet<IdentityUserLogin<Guid>> UserLogins => Set<IdentityUserLogin<Guid>>();

    /// <summary>Authenticator keys and recovery codes among them.</summary>
    public DbSet<IdentityUserToken<Guid>> UserTokens => Set<IdentityUserToken<Guid>>();
}
