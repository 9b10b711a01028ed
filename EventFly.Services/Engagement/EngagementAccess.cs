using EventFly.Domain.Common;
using EventFly.Domain.Engagement;
using EventFly.Services.Common;
using EventFly.Services.Engagement.Contracts;
using EventFly.Services.Engagement.Persistence;
using EventFly.Services.Events.Contracts;
using EventFly.Services.Ticketing.Contracts;
using Microsoft.EntityFrameworkCore;

namespace EventFly.Services.Engagement;

/// <summary>
/// The one place that decides who takes part in an event's live channel: its staff and holders of a confirmed ticket
/// read and write; moderators (<c>feed.manage</c>) run it; muted participants only read. Every Engagement facade and the
/// hub's <c>JoinEvent</c> ask here.
/// </summary>
internal sealed class EngagementAccess(EngagementData db, IEventAccess events, ITicketHolders holders) : IEngagementAccess
{
    public async Task<EngagementParticipant> JoinAsync(Actor actor, Guid eventId, CancellationToken cancellationToken)
    {
        // Unknown events and drafts are 404 for everyone who may not see them, signed in or not.
        var grant = await events.ReadAsync(actor, eventId, cancellationToken);
        if (!actor.IsSignedIn) throw new ForbiddenException(CommonErrors.Forbidden, "Sign in to take part in the event's live channel.");
        var role = grant.IsStaff ? EngagementRole.Staff
            : await holders.HoldsTicketAsync(actor.UserId, eventId, cancellationToken) ? EngagementRole.Audience
            : throw new ForbiddenException(EngagementErrors.NotAParticipant, "Only the event's ticket holders and staff take part in its live channel.");
        var muted = await db.Mutes.AsNoTracking().AnyAsync(m => m.EventId == eventId && m.UserId == actor.UserId, cancellationToken);
        return new EngagementParticipant(eventId, actor.UserId, role, grant.Has(Permissions.FeedManage), muted);
    }

    /// <summary>A participant who may write (comment, react, ask, upvote, vote, answer): 403 <c>muted</c> otherwise.</summary>
    public async Task<EngagementParticipant> WriterAsync(Actor actor, Guid eventId, CancellationToken cancellationToken)
    {
        var participant = await JoinAsync(actor, eventId, cancellationToken);
        return participant.Muted ? throw Mute.Refusal() : participant;
    }

    /// <summary>A moderator of the event's channel: staff with <c>feed.manage</c> (403 <c>forbidden</c> otherwise, 404 for hidden events).</summary>
    public async Task<EngagementParticipant> ModeratorAsync(Actor actor, Guid eventId, CancellationToken cancellationToken)
    {
        await events.RequireAsync(actor, eventId, Permissions.FeedManage, cancellationToken);
        return new EngagementParticipant(eventId, actor.UserId, EngagementRole.Staff, CanModerate: true, Muted: false);
    }
}
