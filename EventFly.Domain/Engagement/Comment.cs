using EventFly.Domain.Common;

namespace EventFly.Domain.Engagement;

/// <summary>
/// A reply under a post, by a ticket holder or staff. Comments are chat-length: at most <see cref="MaxBodyLength"/>
/// characters, plain text (rendered escaped). Moderators hide a comment (reversible) or delete it (final, kept as a
/// tombstone so the thread keeps its shape).
/// </summary>
public sealed class Comment : Entity<Guid>
{
    public const int MaxBodyLength = 2_000;

    private Comment()
    {
        Body = "";
    }

    public Guid PostId { get; private set; }

    public Guid EventId { get; private set; }

    public Guid AuthorId { get; private set; }

    public string Body { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public bool Hidden { get; private set; }

    public Guid? HiddenBy { get; private set; }

    public DateTimeOffset? HiddenAt { get; private set; }

    public bool Deleted { get; private set; }

    public Guid? DeletedBy { get; private set; }

    public DateTimeOffset? DeletedAt { get; private set; }

    /// <summary>A comment on a post that is not in the feed yet is refused as if the post did not exist.</summary>
    public static Comment Create(Post post, Guid authorId, string body, DateTimeOffset now)
    {
        if (!post.IsPublished(now)) throw new NotFoundException(EngagementErrors.UnknownPost, "That post does not exist.");
        var text = EngagementText.Body(body?.Trim(), MaxBodyLength);
        return new Comment { Id = Guid.CreateVersion7(now), PostId = post.Id, EventId = post.EventId, AuthorId = authorId, Body = text, CreatedAt = now };
    }

    /// <summary>Hiding a hidden comment keeps who hid it first.</summary>
    public void Hide(Guid moderatorId, DateTimeOffset now)
    {
        EnsureNotDeleted();
        if (Hidden) return;
        Hidden = true;
        HiddenBy = moderatorId;
        HiddenAt = now;
    }

    public void Unhide()
    {
        EnsureNotDeleted();
        Hidden = false;
        HiddenBy = null;
        HiddenAt = null;
    }

    /// <summary>Final; the body is dropped. Deleting again changes nothing (a repeated DELETE).</summary>
    public void Delete(Guid deletedBy, DateTimeOffset now)
    {
        if (Deleted) return;
        Deleted = true;
        DeletedBy = deletedBy;
        DeletedAt = now;
        Body = "";
    }

    /// <summary>Deleted comments show to nobody; hidden ones to staff and their author only.</summary>
    public bool IsVisibleTo(Guid viewerId, bool isStaff) => !Deleted && (!Hidden || isStaff || viewerId == AuthorId);

    private void EnsureNotDeleted()
    {
        if (Deleted) throw new DomainException(EngagementErrors.CommentDeleted, "This comment was deleted.");
    }
}
