using EventFly.Domain.Common;
using EventFly.Services.Common;
using EventFly.Services.Identity.Contracts;
using EventFly.Services.Organizations.Contracts;
using EventFly.Services.Organizations.Persistence;
using Microsoft.EntityFrameworkCore;

namespace EventFly.Services.Organizations;

internal sealed class AuditLog(OrganizationsData db, IOrganizationAccess access, IProfileService accounts) : IAuditLog
{
    public async Task<IReadOnlyList<AuditEntryView>> ListAsync(Actor actor, Guid organizationId, int take, CancellationToken cancellationToken)
    {
        if (!(await access.GetGrantAsync(actor, organizationId, cancellationToken)).IsOwner)
            throw new ForbiddenException(CommonErrors.Forbidden, "Only the organization's owners may read its audit log.");
        var entries = await db.AuditEntries.AsNoTracking()
            .Where(a => a.OrganizationId == organizationId)
            .OrderByDescending(a => a.At).Take(Math.Clamp(take, 1, 500))
            .ToListAsync(cancellationToken);
        var names = (await accounts.GetAccountsAsync([.. entries.Select(e => e.ActorUserId).Distinct()], cancellationToken))
            .ToDictionary(a => a.Id, a => a.DisplayName ?? a.Email);
        return [.. entries.Select(e => new AuditEntryView(e.Id, e.ActorUserId, names.GetValueOrDefault(e.ActorUserId), e.Action, e.Details,
            new DateTimeOffset(DateTime.SpecifyKind(e.At, DateTimeKind.Utc))))];
    }
}
