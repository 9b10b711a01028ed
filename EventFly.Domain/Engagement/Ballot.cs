using EventFly.Domain.Common;

namespace EventFly.Domain.Engagement;

/// <summary>
/// One person's vote in a poll: the options chosen, in the poll's order. (poll, user) is unique, so a second ballot is
/// refused by the database even when two arrive at once.
/// </summary>
public sealed class Ballot : Entity<Guid>
{
    private Ballot()
    {
        OptionIds = [];
    }

    internal Ballot(Guid pollId, Guid userId, IReadOnlyList<Guid> optionIds, DateTimeOffset castAt)
    {
        Id = Guid.CreateVersion7(castAt);
        PollId = pollId;
        UserId = userId;
        OptionIds = optionIds;
        CastAt = castAt;
    }

    public Guid PollId { get; private set; }

    public Guid UserId { get; private set; }

    public IReadOnlyList<Guid> OptionIds { get; private set; }

    public DateTimeOffset CastAt { get; private set; }
}
