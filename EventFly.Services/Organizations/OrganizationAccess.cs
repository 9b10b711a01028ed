using EventFly.Services.Common;
using EventFly.Services.Organizations.Contracts;
using EventFly.Services.Organizations.Persistence;
using Microsoft.EntityFrameworkCore;

namespace EventFly.Services.Organizations;

/// <summary>Reads a caller's grant from their membership and role, once per scope (a request, or one portal call) and organization.</summary>
internal sealed class OrganizationAccess(OrganizationsData db) : IOrganizationAccess
{
    private readonly Dictionary<(Guid Organization, Guid User), OrganizationGrant> _grants = [];

    public async Task<OrganizationGrant> GetGrantAsync(Actor actor, Guid organizationId, CancellationToken cancellationToken)
    {
        if (!actor.IsSignedIn) return OrganizationGrant.None;
        if (_grants.TryGetValue((organizationId, actor.UserId), out var cached)) return cached;
        var row = await (
            from m in db.Memberships
            join r in db.Roles on m.RoleId equals r.Id
            where m.OrganizationId == organizationId && m.UserId == actor.UserId
            select new { r.Permissions, r.IsOwner, m.EventIds }).AsNoTracking().FirstOrDefaultAsync(cancellationToken);
        var grant = row is null
            ? OrganizationGrant.None
            : new OrganizationGrant(true, row.IsOwner, row.Permissions.ToHashSet(StringComparer.Ordinal), row.EventIds);
        _grants[(organizationId, actor.UserId)] = grant;
        return grant;
    }
}
