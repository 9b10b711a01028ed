using EventFly.Domain.Common;
using EventFly.Domain.Events;
using EventFly.Services.Common;
using EventFly.Services.Events.Contracts;
using EventFly.Services.Events.Persistence;
using EventFly.Services.Organizations.Contracts;
using Microsoft.EntityFrameworkCore;

namespace EventFly.Services.Events;

internal sealed class EventAccess(EventsData db, IOrganizationAccess organizations) : IEventAccess
{
    public async Task<EventGrant> ReadAsync(Actor actor, Guid eventId, CancellationToken cancellationToken)
    {
        var owner = await db.Events.AsNoTracking().Where(e => e.Id == eventId)
            .Select(e => new { e.OrganizationId, IsDraft = e.Status == EventStatus.Draft }).SingleOrDefaultAsync(cancellationToken)
            ?? throw UnknownEvent();
        var grant = new EventGrant(eventId, owner.OrganizationId, owner.IsDraft, await organizations.GetGrantAsync(actor, owner.OrganizationId, cancellationToken));
        return grant.IsDraft && !grant.IsStaff ? throw UnknownEvent() : grant;
    }

    public async Task<EventGrant> RequireAsync(Actor actor, Guid eventId, string permission, CancellationToken cancellationToken)
    {
        var grant = await ReadAsync(actor, eventId, cancellationToken);
        grant.Organization.Require(permission, eventId);
        return grant;
    }

    public static NotFoundException UnknownEvent() => new(EventErrors.UnknownEvent, "There is no such event.");
}
