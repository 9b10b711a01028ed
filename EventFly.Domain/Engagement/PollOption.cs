using EventFly.Domain.Common;

namespace EventFly.Domain.Engagement;

/// <summary>One answer of a poll. <see cref="Votes"/> is raised by an atomic database update per ballot, never from here.</summary>
public sealed class PollOption : Entity<Guid>
{
    private PollOption()
    {
        Text = "";
    }

    internal PollOption(Guid id, Guid pollId, string text, int position)
    {
        Id = id;
        PollId = pollId;
        Text = text;
        Position = position;
    }

    public Guid PollId { get; private set; }

    public string Text { get; private set; }

    /// <summary>0-based display order.</summary>
    public int Position { get; private set; }

    public int Votes { get; private set; }
}
