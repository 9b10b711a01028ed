using EventFly.Domain.Common;
using EventFly.Domain.Engagement;
using EventFly.Services.Common;
using EventFly.Services.Engagement.Configurations;
using EventFly.Services.Engagement.Contracts;
using EventFly.Services.Engagement.Persistence;
using EventFly.Services.Events.Contracts;
using EventFly.Services.Outbox;
using EventFly.Services.Persistence;
using Microsoft.EntityFrameworkCore;

namespace EventFly.Services.Engagement;

internal sealed class FeedService(
    EngagementData db, EngagementAccess access, EngagementWrites writes, EngagementViews views, LivePush live, TimeProvider time) : IFeedService
{
    public const int MaxPageSize = 100;

    public async Task<Page<PostView>> ListFeedAsync(Actor actor, Guid eventId, int page, int pageSize, CancellationToken cancellationToken)
    {
        var reader = await access.JoinAsync(actor, eventId, cancellationToken);
        var now = time.GetUtcNow();
        var feed = db.Posts.AsNoTracking().Where(p => p.EventId == eventId && p.PublishAt <= now);
        var total = await feed.CountAsync(cancellationToken);
        var (skip, take) = Paging(page, pageSize);
        // As Post.InFeedOrder: pinned on top (latest pinned first), then newest first; the time-ordered id settles ties.
        var posts = await feed
            .OrderByDescending(p => p.PinnedAt != null).ThenByDescending(p => p.PinnedAt).ThenByDescending(p => p.PublishAt).ThenByDescending(p => p.Id)
            .Skip(skip).Take(take).ToListAsync(cancellationToken);
        return new Page<PostView>(await ToViewsAsync(posts, reader.UserId, now, cancellationToken), total);
    }

    public async Task<IReadOnlyList<PostView>> ListScheduledAsync(Actor actor, Guid eventId, CancellationToken cancellationToken)
    {
        await access.ModeratorAsync(actor, eventId, cancellationToken);
        var now = time.GetUtcNow();
        var posts = await db.Posts.AsNoTracking().Where(p => p.EventId == eventId && p.PublishAt > now).OrderBy(p => p.PublishAt)
            .ToListAsync(cancellationToken);
        return await ToViewsAsync(posts, actor.UserId, now, cancellationToken);
    }

    public async Task<PostView> GetPostAsync(Actor actor, Guid postId, CancellationToken cancellationToken)
    {
        var post = await PostAsync(postId, tracked: false, cancellationToken);
        var reader = await access.JoinAsync(actor, post.EventId, cancellationToken);
        var now = time.GetUtcNow();
        if (!post.IsPublished(now) && !reader.IsStaff) throw UnknownPost();
        return await ToViewAsync(post, reader.UserId, now, cancellationToken);
    }

    public async Task<PostView> CreatePostAsync(Actor actor, Guid eventId, PostDraft draft, CancellationToken cancellationToken)
    {
        await access.ModeratorAsync(actor, eventId, cancellationToken);
        var now = time.GetUtcNow();
        var post = Post.Create(eventId, actor.UserId, draft.Body, draft.ImageFileId, now, draft.PublishAt);
        db.Add(post);
        // A scheduled post is announced (pushed, and its integration event written) by the job when it falls due, so a
        // post deleted before then is never announced.
        db.Entry(post).Property(PostConfiguration.Announced).CurrentValue = post.IsPublished(now);
        if (post.IsPublished(now)) db.Add(IntegrationEvents.ToOutbox(new PostPublishedV1(post.Id, eventId, post.AuthorId, post.PublishAt)));
        await writes.SaveAsync(cancellationToken);

        if (post.IsPublished(now))
        {
            var neutral = await ToViewAsync(post, Guid.Empty, now, cancellationToken);
            await live.SendAsync("PostPublished", (p, ct) => p.PostPublishedAsync(eventId, neutral, ct));
        }
        return await ToViewAsync(post, actor.UserId, now, cancellationToken);
    }

    public Task<PostView> EditPostAsync(Actor actor, Guid postId, PostEdit edit, CancellationToken cancellationToken) =>
        ModeratePostAsync(actor, postId, (post, now) => post.Edit(edit.Body, edit.ImageFileId, now), cancellationToken);

    public Task<PostView> PinPostAsync(Actor actor, Guid postId, CancellationToken cancellationToken) =>
        ModeratePostAsync(actor, postId, (post, now) =>
        {
            if (post.IsPinned) return;
            post.Pin(now);
            // Announced with the pin, in its transaction: Notifications tells the holders who asked for posts.
            if (post.IsPublished(now)) db.Add(IntegrationEvents.ToOutbox(new PostPinnedV1(post.Id, post.EventId, Excerpt(post.Body), now)));
        }, cancellationToken);

    private static string Excerpt(string markdown)
    {
        var text = EventMarkdown.ToPlainText(markdown).ReplaceLineEndings(" ");
        return text.Length <= PostPinnedV1.MaxExcerptLength ? text : text[..(PostPinnedV1.MaxExcerptLength - 1)].TrimEnd() + "…";
    }

    public Task<PostView> UnpinPostAsync(Actor actor, Guid postId, CancellationToken cancellationToken) =>
        ModeratePostAsync(actor, postId, (post, _) => post.Unpin(), cancellationToken);

    public async Task DeletePostAsync(Actor actor, Guid postId, CancellationToken cancellationToken)
    {
        var post = await PostAsync(postId, tracked: true, cancellationToken);
        await access.ModeratorAsync(actor, post.EventId, cancellationToken);
        var wasPublished = post.IsPublished(time.GetUtcNow());
        // Its comments and reactions go with it (cascading keys).
        db.Posts.Remove(post);
        await writes.SaveAsync(cancellationToken);
        if (wasPublished) await live.SendAsync("PostChanged", (p, ct) => p.PostChangedAsync(post.EventId, post.Id, ct));
    }

    public async Task<Page<CommentView>> ListCommentsAsync(Actor actor, Guid postId, int page, int pageSize, CancellationToken cancellationToken)
    {
        var post = await PostAsync(postId, tracked: false, cancellationToken);
        var reader = await access.JoinAsync(actor, post.EventId, cancellationToken);
        if (!post.IsPublished(time.GetUtcNow()) && !reader.IsStaff) throw UnknownPost();
        var viewer = reader.UserId;
        var staff = reader.IsStaff;
        // Comment.IsVisibleTo, in SQL.
        var visible = db.Comments.AsNoTracking().Where(c => c.PostId == postId && !c.Deleted && (!c.Hidden || staff || c.AuthorId == viewer));
        var total = await visible.CountAsync(cancellationToken);
        var (skip, take) = Paging(page, pageSize);
        var comments = await visible.OrderBy(c => c.CreatedAt).ThenBy(c => c.Id).Skip(skip).Take(take).ToListAsync(cancellationToken);
        var names = await views.NamesAsync(comments.Select(c => c.AuthorId), cancellationToken);
        return new Page<CommentView>([.. comments.Select(c => ToView(c, names))], total);
    }

    public async Task<CommentView> AddCommentAsync(Actor actor, Guid postId, string body, CancellationToken cancellationToken)
    {
        var post = await PostAsync(postId, tracked: false, cancellationToken);
        await access.WriterAsync(actor, post.EventId, cancellationToken);
        var comment = Comment.Create(post, actor.UserId, body, time.GetUtcNow());
        db.Add(comment);
        db.Add(IntegrationEvents.ToOutbox(new CommentAddedV1(comment.Id, post.Id, post.EventId, comment.AuthorId, comment.CreatedAt)));
        await writes.SaveAsync(cancellationToken);

        var view = ToView(comment, await views.NamesAsync([comment.AuthorId], cancellationToken));
        await live.SendAsync("CommentAdded", (p, ct) => p.CommentAddedAsync(post.EventId, view, ct));
        return view;
    }

    public Task<CommentView> HideCommentAsync(Actor actor, Guid commentId, CancellationToken cancellationToken) =>
        ModerateCommentAsync(actor, commentId, (comment, now) => comment.Hide(actor.UserId, now), cancellationToken);

    public Task<CommentView> UnhideCommentAsync(Actor actor, Guid commentId, CancellationToken cancellationToken) =>
        ModerateCommentAsync(actor, commentId, (comment, _) => comment.Unhide(), cancellationToken);

    public Task DeleteCommentAsync(Actor actor, Guid commentId, CancellationToken cancellationToken) =>
        ModerateCommentAsync(actor, commentId, (comment, now) => comment.Delete(actor.UserId, now), cancellationToken);

    public async Task<PostReactions> ReactAsync(Actor actor, Guid postId, string kind, CancellationToken cancellationToken)
    {
        var post = await PostAsync(postId, tracked: false, cancellationToken);
        var writer = await access.WriterAsync(actor, post.EventId, cancellationToken);
        var reaction = Reaction.Create(post, writer.UserId, kind, time.GetUtcNow());
        var added = false;
        if (!await db.Reactions.AnyAsync(r => r.PostId == postId && r.UserId == writer.UserId && r.Kind == reaction.Kind, cancellationToken))
        {
            db.Add(reaction);
            db.Add(IntegrationEvents.ToOutbox(new ReactionAddedV1(post.Id, post.EventId, reaction.UserId, reaction.Kind, reaction.CreatedAt)));
            try
            {
                await writes.SaveAsync(cancellationToken);
                added = true;
            }
            catch (DbUpdateException ex) when (ex.IsViolationOf(ReactionConfiguration.Key))
            {
                // The same reaction from a second tab got there first: the person's reaction stands once.
                db.ChangeTracker.Clear();
            }
        }
        if (added) await live.SendAsync("ReactionsChanged", (p, ct) => p.ReactionsChangedAsync(post.EventId, post.Id, ct));
        return await ReactionsAsync(post.Id, writer.UserId, cancellationToken);
    }

    public async Task<PostReactions> UnreactAsync(Actor actor, Guid postId, string kind, CancellationToken cancellationToken)
    {
        var post = await PostAsync(postId, tracked: false, cancellationToken);
        var writer = await access.WriterAsync(actor, post.EventId, cancellationToken);
        if (!ReactionKinds.IsKnown(kind))
            throw new DomainException(EngagementErrors.UnknownReaction, $"React with one of: {string.Join(", ", ReactionKinds.All)}.");
        int removed;
        await using (var transaction = await writes.BeginAsync(cancellationToken))
        {
            removed = await db.Reactions.Where(r => r.PostId == postId && r.UserId == writer.UserId && r.Kind == kind).ExecuteDeleteAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        if (removed > 0) await live.SendAsync("ReactionsChanged", (p, ct) => p.ReactionsChangedAsync(post.EventId, post.Id, ct));
        return await ReactionsAsync(post.Id, writer.UserId, cancellationToken);
    }

    public async Task MuteAsync(Actor actor, Guid eventId, Guid userId, CancellationToken cancellationToken)
    {
        await access.ModeratorAsync(actor, eventId, cancellationToken);
        var mute = Mute.Create(eventId, userId, actor.UserId, time.GetUtcNow());
        if (await db.Mutes.AnyAsync(m => m.EventId == eventId && m.UserId == userId, cancellationToken)) return;
        db.Add(mute);
        try
        {
            await writes.SaveAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (ex.IsViolationOf(MuteConfiguration.Key))
        {
            // Another moderator muted them at the same moment.
            db.ChangeTracker.Clear();
        }
    }

    public async Task UnmuteAsync(Actor actor, Guid eventId, Guid userId, CancellationToken cancellationToken)
    {
        await access.ModeratorAsync(actor, eventId, cancellationToken);
        await using var transaction = await writes.BeginAsync(cancellationToken);
        await db.Mutes.Where(m => m.EventId == eventId && m.UserId == userId).ExecuteDeleteAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<MuteView>> ListMutesAsync(Actor actor, Guid eventId, CancellationToken cancellationToken)
    {
        await access.ModeratorAsync(actor, eventId, cancellationToken);
        var mutes = await db.Mutes.AsNoTracking().Where(m => m.EventId == eventId).OrderBy(m => m.At).ToListAsync(cancellationToken);
        var names = await views.NamesAsync(mutes.Select(m => m.UserId), cancellationToken);
        return [.. mutes.Select(m => new MuteView(m.UserId, names.GetValueOrDefault(m.UserId), m.MutedBy, m.At))];
    }

    internal static (int Skip, int Take) Paging(int page, int pageSize)
    {
        var size = Math.Clamp(pageSize, 1, MaxPageSize);
        return ((Math.Max(page, 1) - 1) * size, size);
    }

    /// <summary>The post as <paramref name="viewerId"/> sees it; <see cref="Guid.Empty"/> gives the caller-neutral view live pushes carry.</summary>
    internal async Task<PostView> ToViewAsync(Post post, Guid viewerId, DateTimeOffset now, CancellationToken cancellationToken) =>
        (await ToViewsAsync([post], viewerId, now, cancellationToken))[0];

    private async Task<IReadOnlyList<PostView>> ToViewsAsync(List<Post> posts, Guid viewerId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (posts.Count == 0) return [];
        var ids = posts.Select(p => p.Id).ToList();
        var counts = await db.Reactions.Where(r => ids.Contains(r.PostId)).GroupBy(r => new { r.PostId, r.Kind })
            .Select(g => new { g.Key.PostId, g.Key.Kind, Count = g.Count() }).ToListAsync(cancellationToken);
        var mine = await db.Reactions.Where(r => ids.Contains(r.PostId) && r.UserId == viewerId).Select(r => new { r.PostId, r.Kind })
            .ToListAsync(cancellationToken);
        var comments = await db.Comments.Where(c => ids.Contains(c.PostId) && !c.Deleted && !c.Hidden).GroupBy(c => c.PostId)
            .Select(g => new { PostId = g.Key, Count = g.Count() }).ToDictionaryAsync(c => c.PostId, c => c.Count, cancellationToken);
        var names = await views.NamesAsync(posts.Select(p => p.AuthorId), cancellationToken);
        return
        [
            .. posts.Select(p => new PostView(
                p.Id, p.EventId, p.AuthorId, names.GetValueOrDefault(p.AuthorId), p.Body, EventMarkdown.ToSafeHtml(p.Body), p.ImageFileId, p.PublishAt,
                p.CreatedAt, p.EditedAt, p.IsPinned, p.PinnedAt, !p.IsPublished(now),
                InDisplayOrder(counts.Where(c => c.PostId == p.Id).Select(c => (c.Kind, c.Count))),
                [.. ReactionKinds.All.Where(k => mine.Any(m => m.PostId == p.Id && m.Kind == k))],
                comments.GetValueOrDefault(p.Id))),
        ];
    }

    public async Task<IReadOnlyList<ReactionCount>?> GetReactionCountsAsync(Guid postId, CancellationToken cancellationToken) =>
        await db.Posts.AnyAsync(p => p.Id == postId, cancellationToken) ? (await ReactionsAsync(postId, Guid.Empty, cancellationToken)).Reactions : null;

    private async Task<PostReactions> ReactionsAsync(Guid postId, Guid viewerId, CancellationToken cancellationToken)
    {
        var rows = await db.Reactions.Where(r => r.PostId == postId).GroupBy(r => r.Kind).Select(g => new { Kind = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var mine = await db.Reactions.Where(r => r.PostId == postId && r.UserId == viewerId).Select(r => r.Kind).ToListAsync(cancellationToken);
        return new PostReactions(postId, InDisplayOrder(rows.Select(r => (r.Kind, r.Count))), [.. ReactionKinds.All.Where(mine.Contains)]);
    }

    private static IReadOnlyList<ReactionCount> InDisplayOrder(IEnumerable<(string Kind, int Count)> counts)
    {
        var byKind = counts.ToDictionary(c => c.Kind, c => c.Count);
        return [.. ReactionKinds.All.Where(byKind.ContainsKey).Select(k => new ReactionCount(k, ReactionKinds.EmojiOf(k), byKind[k]))];
    }

    private async Task<PostView> ModeratePostAsync(Actor actor, Guid postId, Action<Post, DateTimeOffset> change, CancellationToken cancellationToken)
    {
        var post = await PostAsync(postId, tracked: true, cancellationToken);
        await access.ModeratorAsync(actor, post.EventId, cancellationToken);
        var now = time.GetUtcNow();
        change(post, now);
        await writes.SaveAsync(cancellationToken);
        if (post.IsPublished(now)) await live.SendAsync("PostChanged", (p, ct) => p.PostChangedAsync(post.EventId, post.Id, ct));
        return await ToViewAsync(post, actor.UserId, now, cancellationToken);
    }

    private async Task<CommentView> ModerateCommentAsync(
        Actor actor, Guid commentId, Action<Comment, DateTimeOffset> change, CancellationToken cancellationToken)
    {
        var comment = await db.Comments.SingleOrDefaultAsync(c => c.Id == commentId, cancellationToken)
            ?? throw new NotFoundException(EngagementErrors.UnknownComment, "That comment does not exist.");
        await access.ModeratorAsync(actor, comment.EventId, cancellationToken);
        change(comment, time.GetUtcNow());
        await writes.SaveAsync(cancellationToken);
        await live.SendAsync("PostChanged", (p, ct) => p.PostChangedAsync(comment.EventId, comment.PostId, ct));
        return ToView(comment, await views.NamesAsync([comment.AuthorId], cancellationToken));
    }

    private async Task<Post> PostAsync(Guid postId, bool tracked, CancellationToken cancellationToken)
    {
        var posts = tracked ? db.Posts : db.Posts.AsNoTracking();
        return await posts.SingleOrDefaultAsync(p => p.Id == postId, cancellationToken) ?? throw UnknownPost();
    }

    private static CommentView ToView(Comment c, IReadOnlyDictionary<Guid, string?> names) =>
        new(c.Id, c.PostId, c.EventId, c.AuthorId, names.GetValueOrDefault(c.AuthorId), c.Body, c.CreatedAt, c.Hidden);

    private static NotFoundException UnknownPost() => new(EngagementErrors.UnknownPost, "That post does not exist.");
}
