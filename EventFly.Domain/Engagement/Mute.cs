using EventFly.Domain.Common;

namespace EventFly.Domain.Engagement;

/// <summary>
/// A participant silenced in one event's live channel by a moderator: while the row exists every write of theirs
/// (comment, reaction, question, upvote, ballot, quiz answer) is refused with 403 <see cref="EngagementErrors.Muted"/>;
/// reading goes on. Unmuting deletes the row; (event, user) is the key.
/// </summary>
public sealed class Mute
{
    private Mute()
    {
    }

    public Guid EventId { get; private set; }

    public Guid UserId { get; private set; }

    public Guid MutedBy { get; private set; }

    public DateTimeOffset At { get; private set; }

    public static Mute Create(Guid eventId, Guid userId, Guid mutedBy, DateTimeOffset now)
    {
        if (userId == mutedBy) throw new DomainException(EngagementErrors.CannotMuteSelf, "You cannot mute yourself.");
        return new Mute { EventId = eventId, UserId = userId, MutedBy = mutedBy, At = now };
    }

    /// <summary>What a muted participant's write is refused with.</summary>
    public static ForbiddenException Refusal() => new(EngagementErrors.Muted, "You are muted in this event's live channel.");
}
