using EventFly.Services.Common;

namespace EventFly.Services.Engagement.Contracts;

/// <summary>
/// An event's live feed: staff post (Markdown, sanitised; now or scheduled), the audience comments and reacts. Reading
/// and writing need a place in the channel (<see cref="IEngagementAccess"/>); posting and moderating need <c>feed.manage</c>;
/// muted participants may not write (403 <c>muted</c>).
/// </summary>
public interface IFeedService
{
    /// <summary>Published posts, pinned ones on top (latest pinned first), then newest first; scheduled posts appear when due.</summary>
    Task<Page<PostView>> ListFeedAsync(Actor actor, Guid eventId, int page, int pageSize, CancellationToken cancellationToken);

    /// <summary>Needs <c>feed.manage</c>: the posts waiting for their publish time, soonest first.</summary>
    Task<IReadOnlyList<PostView>> ListScheduledAsync(Actor actor, Guid eventId, CancellationToken cancellationToken);

    /// <summary>A published post (staff also see scheduled ones); 404 <c>unknown_post</c> otherwise.</summary>
    Task<PostView> GetPostAsync(Actor actor, Guid postId, CancellationToken cancellationToken);

    /// <summary>Needs <c>feed.manage</c>. Published at once unless <see cref="PostDraft.PublishAt"/> lies in the future.</summary>
    Task<PostView> CreatePostAsync(Actor actor, Guid eventId, PostDraft draft, CancellationToken cancellationToken);

    /// <summary>Needs <c>feed.manage</c>; the post keeps its place in the feed.</summary>
    Task<PostView> EditPostAsync(Actor actor, Guid postId, PostEdit edit, CancellationToken cancellationToken);

    /// <summary>Needs <c>feed.manage</c>; pinning a pinned post keeps its pin time.</summary>
    Task<PostView> PinPostAsync(Actor actor, Guid postId, CancellationToken cancellationToken);

    Task<PostView> UnpinPostAsync(Actor actor, Guid postId, CancellationToken cancellationToken);

    /// <summary>Needs <c>feed.manage</c>; removes the post with its comments and reactions.</summary>
    Task DeletePostAsync(Actor actor, Guid postId, CancellationToken cancellationToken);

    /// <summary>Oldest first; hidden comments only for staff and their authors, deleted ones for nobody.</summary>
    Task<Page<CommentView>> ListCommentsAsync(Actor actor, Guid postId, int page, int pageSize, CancellationToken cancellationToken);

    Task<CommentView> AddCommentAsync(Actor actor, Guid postId, string body, CancellationToken cancellationToken);

    /// <summary>Needs <c>feed.manage</c>; reversible with <see cref="UnhideCommentAsync"/>.</summary>
    Task<CommentView> HideCommentAsync(Actor actor, Guid commentId, CancellationToken cancellationToken);

    Task<CommentView> UnhideCommentAsync(Actor actor, Guid commentId, CancellationToken cancellationToken);

    /// <summary>Needs <c>feed.manage</c>; final (the body is dropped).</summary>
    Task DeleteCommentAsync(Actor actor, Guid commentId, CancellationToken cancellationToken);

    /// <summary>Adds the caller's reaction of <paramref name="kind"/> (see <c>ReactionKinds</c>); reacting twice changes nothing.</summary>
    Task<PostReactions> ReactAsync(Actor actor, Guid postId, string kind, CancellationToken cancellationToken);

    /// <summary>Takes the caller's reaction back; taking back one never given changes nothing.</summary>
    Task<PostReactions> UnreactAsync(Actor actor, Guid postId, string kind, CancellationToken cancellationToken);

    /// <summary>Needs <c>feed.manage</c>: the user may read but no longer write in this event's channel.</summary>
    Task MuteAsync(Actor actor, Guid eventId, Guid userId, CancellationToken cancellationToken);

    /// <summary>Needs <c>feed.manage</c>; unmuting someone not muted changes nothing.</summary>
    Task UnmuteAsync(Actor actor, Guid eventId, Guid userId, CancellationToken cancellationToken);

    /// <summary>
    /// A post's reaction counts for a push to its event's channel (after <see cref="ILiveEngagementPublisher.ReactionsChangedAsync"/>);
    /// no caller check: the hub sends them only to the event's joined connections. Null when the post no longer exists.
    /// </summary>
    Task<IReadOnlyList<ReactionCount>?> GetReactionCountsAsync(Guid postId, CancellationToken cancellationToken);

    /// <summary>Needs <c>feed.manage</c>.</summary>
    Task<IReadOnlyList<MuteView>> ListMutesAsync(Actor actor, Guid eventId, CancellationToken cancellationToken);
}
