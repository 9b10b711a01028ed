using EventFly.Domain.Organizations;
using EventFly.Services.Persistence;
using Microsoft.EntityFrameworkCore;

namespace EventFly.Services.Organizations.Persistence;

/// <summary>The Organizations context's tables.</summary>
internal sealed class OrganizationsData(EventFlyDbContext db) : ContextData(db)
{
    public DbSet<Organization> Organizations => Set<Organization>();

    public DbSet<Membership> Memberships => Set<Membership>();

    public DbSet<OrganizationRole> Roles => Set<OrganizationRole>();

    public DbSet<Invitation> Invitations => Set<Invitation>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
}
