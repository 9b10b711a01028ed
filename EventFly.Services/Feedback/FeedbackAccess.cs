using EventFly.Domain.Common;
using EventFly.Domain.Events;
using EventFly.Domain.Feedback;
using EventFly.Services.Common;
using EventFly.Services.Events.Contracts;
using EventFly.Services.Feedback.Persistence;
using EventFly.Services.Ticketing.Contracts;
using Microsoft.EntityFrameworkCore;

namespace EventFly.Services.Feedback;

/// <summary>
/// Who may do what with feedback, in one place: holders of a confirmed ticket give it (403 for others who see the event,
/// 404 for who does not); staff with <c>feedback.view</c> read, reply and hide (another organization's feedback is 404);
/// the window comes from the event's times and its settings.
/// </summary>
internal sealed class FeedbackAccess(FeedbackData db, IEventAccess access, IEventService events, ITicketHolders holders)
{
    /// <summary>The event, for a caller who holds a ticket of it.</summary>
    public async Task<EventSummary> HolderAsync(Actor actor, Guid eventId, CancellationToken cancellationToken)
    {
        await access.ReadAsync(actor, eventId, cancellationToken);
        if (!actor.IsSignedIn || await holders.GetHoldingAsync(actor.UserId, eventId, cancellationToken) is null)
            throw new ForbiddenException(FeedbackErrors.NotATicketHolder, "Only the event's ticket holders give feedback on it.");
        return await EventAsync(eventId, cancellationToken);
    }

    /// <summary>Staff of the event with <c>feedback.view</c> (403 without it, 404 for events the caller cannot see).</summary>
    public Task<EventGrant> StaffAsync(Actor actor, Guid eventId, CancellationToken cancellationToken) =>
        access.RequireAsync(actor, eventId, Permissions.FeedbackView, cancellationToken);

    /// <summary>Feedback its caller may moderate: unknown, or of an event the caller is not staff of, is 404; staff without the permission 403.</summary>
    public async Task<EventFeedback> StaffFeedbackAsync(Actor actor, Guid feedbackId, CancellationToken cancellationToken)
    {
        var feedback = await db.Feedback.SingleOrDefaultAsync(f => f.Id == feedbackId, cancellationToken) ?? throw UnknownFeedback();
        EventGrant grant;
        try
        {
            grant = await access.ReadAsync(actor, feedback.EventId, cancellationToken);
        }
        catch (NotFoundException)
        {
            throw UnknownFeedback();
        }
        if (!grant.IsStaff) throw UnknownFeedback();
        if (!grant.Has(Permissions.FeedbackView)) throw ForbiddenException.MissingPermission(Permissions.FeedbackView);
        return feedback;
    }

    public Task<EventGrant> ReadAsync(Actor actor, Guid eventId, CancellationToken cancellationToken) => access.ReadAsync(actor, eventId, cancellationToken);

    public Task<EventGrant> ManagerAsync(Actor actor, Guid eventId, CancellationToken cancellationToken) =>
        access.RequireAsync(actor, eventId, Permissions.EventsManage, cancellationToken);

    public async Task<EventSummary> EventAsync(Guid eventId, CancellationToken cancellationToken) =>
        await events.GetSummaryAsync(eventId, cancellationToken) ?? throw new NotFoundException(EventErrors.UnknownEvent, "That event does not exist.");

    public async Task<FeedbackOpening> OpeningAsync(Guid eventId, CancellationToken cancellationToken) =>
        await db.Settings.AsNoTracking().Where(s => s.EventId == eventId).Select(s => (FeedbackOpening?)s.Opening).SingleOrDefaultAsync(cancellationToken)
        ?? FeedbackOpening.AtStart;

    public async Task<FeedbackWindow> WindowAsync(EventSummary summary, CancellationToken cancellationToken) =>
        FeedbackWindow.For(summary.StartsAt, summary.EndsAt, await OpeningAsync(summary.Id, cancellationToken), summary.Status == EventState.Cancelled);

    private static NotFoundException UnknownFeedback() => new(FeedbackErrors.UnknownFeedback, "That feedback does not exist.");
}
