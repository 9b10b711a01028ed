using EventFly.Services.Common;
using EventFly.Services.Organizations.Persistence;
using Microsoft.EntityFrameworkCore;

namespace EventFly.Services.Organizations;

/// <summary>The person's staff memberships (organization, role, since when), for their data export.</summary>
internal sealed class OrganizationsPersonalData(OrganizationsData db) : IPersonalDataSource
{
    public string Section => "staffMemberships";

    public async Task<object> ExportAsync(Guid userId, CancellationToken cancellationToken)
    {
        var rows = await (from m in db.Memberships
                          join o in db.Organizations on m.OrganizationId equals o.Id
                          join r in db.Roles on m.RoleId equals r.Id
                          where m.UserId == userId
                          select new { m.OrganizationId, Organization = o.Name, Role = r.Name, m.JoinedAt, m.EventIds })
            .AsNoTracking().ToListAsync(cancellationToken);
        return rows.Select(m => new StaffMembershipExport(m.OrganizationId, m.Organization, m.Role, m.JoinedAt, m.EventIds))
            .OrderBy(m => m.JoinedAt).ToList();
    }

    private sealed record StaffMembershipExport(Guid OrganizationId, string Organization, string Role, DateTimeOffset JoinedAt, IReadOnlyList<Guid> EventIds);
}
