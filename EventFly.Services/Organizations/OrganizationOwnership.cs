using EventFly.Services.Organizations.Contracts;
using EventFly.Services.Organizations.Persistence;
using Microsoft.EntityFrameworkCore;

namespace EventFly.Services.Organizations;

internal sealed class OrganizationOwnership(OrganizationsData db) : IOrganizationOwnership
{
    public async Task<IReadOnlyList<OrganizationName>> ListSolelyOwnedAsync(Guid userId, CancellationToken cancellationToken)
    {
        var ownerRoles = db.Roles.Where(r => r.IsOwner);
        var owned = from m in db.Memberships
                    join r in ownerRoles on m.RoleId equals r.Id
                    where m.UserId == userId
                    select m.OrganizationId;
        return await (from o in db.Organizations
                      where owned.Contains(o.Id)
                            && !(from m in db.Memberships join r in ownerRoles on m.RoleId equals r.Id
                                 where m.OrganizationId == o.Id && m.UserId != userId select m).Any()
                      orderby o.Name
                      select new OrganizationName(o.Id, o.Name)).ToListAsync(cancellationToken);
    }
}
