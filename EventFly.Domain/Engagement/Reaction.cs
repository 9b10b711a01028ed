using EventFly.Domain.Common;

namespace EventFly.Domain.Engagement;

/// <summary>
/// One person's reaction of one kind on a post. A person may give each kind once per post: (post, user, kind) is the
/// key, so a second one is refused by the database; taking a reaction back deletes its row.
/// </summary>
public sealed class Reaction
{
    private Reaction()
    {
        Kind = "";
    }

    public Guid PostId { get; private set; }

    public Guid UserId { get; private set; }

    /// <summary>A name from <see cref="ReactionKinds"/>.</summary>
    public string Kind { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public string Emoji => ReactionKinds.EmojiOf(Kind);

    public static Reaction Create(Post post, Guid userId, string kind, DateTimeOffset now)
    {
        if (!post.IsPublished(now)) throw new NotFoundException(EngagementErrors.UnknownPost, "That post does not exist.");
        if (!ReactionKinds.IsKnown(kind))
            throw new DomainException(EngagementErrors.UnknownReaction, $"React with one of: {string.Join(", ", ReactionKinds.All)}.");
        return new Reaction { PostId = post.Id, UserId = userId, Kind = kind, CreatedAt = now };
    }
}
