using EventFly.Domain.Common;

namespace EventFly.Domain.Engagement;

/// <summary>
/// A message from staff in an event's live feed: Markdown as written (the service sanitises it when rendering), an
/// optional image, published now or at a scheduled time, possibly pinned on top of the feed.
/// </summary>
public sealed class Post : Entity<Guid>
{
    public const int MaxBodyLength = 10_000;
    public const int MaxImageFileIdLength = 300;

    /// <summary>How far in the past a scheduled time may lie and still count as "now" (a slow form, a skewed client clock).</summary>
    public static readonly TimeSpan PublishAtTolerance = TimeSpan.FromMinutes(1);

    private Post()
    {
        Body = "";
    }

    public Guid EventId { get; private set; }

    public Guid AuthorId { get; private set; }

    /// <summary>Raw Markdown; sanitising is the renderer's job.</summary>
    public string Body { get; private set; }

    /// <summary>The stored image's path in the file store (as <c>Event.CoverImage</c>), if the post has one.</summary>
    public string? ImageFileId { get; private set; }

    /// <summary>When the post appears in the feed; never before <see cref="CreatedAt"/>.</summary>
    public DateTimeOffset PublishAt { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? EditedAt { get; private set; }

    public DateTimeOffset? PinnedAt { get; private set; }

    public bool IsPinned => PinnedAt is not null;

    /// <param name="publishAt">Null: publish now. A time up to <see cref="PublishAtTolerance"/> in the past also means now.</param>
    public static Post Create(Guid eventId, Guid authorId, string body, string? imageFileId, DateTimeOffset now, DateTimeOffset? publishAt = null)
    {
        var text = EngagementText.Body(body, MaxBodyLength);
        var image = CheckImage(imageFileId);
        return new Post
        {
            Id = Guid.CreateVersion7(now), EventId = eventId, AuthorId = authorId, Body = text, ImageFileId = image,
            PublishAt = Schedule(publishAt, now), CreatedAt = now,
        };
    }

    public bool IsPublished(DateTimeOffset now) => PublishAt <= now;

    public void Edit(string body, string? imageFileId, DateTimeOffset now)
    {
        var text = EngagementText.Body(body, MaxBodyLength);
        var image = CheckImage(imageFileId);
        Body = text;
        ImageFileId = image;
        EditedAt = now;
    }

    /// <summary>Moves a scheduled post to another time (null: now); a post already in the feed stays where it is.</summary>
    public void Reschedule(DateTimeOffset? publishAt, DateTimeOffset now)
    {
        if (IsPublished(now)) throw new DomainException(EngagementErrors.PostAlreadyPublished, "This post is already in the feed.");
        PublishAt = Schedule(publishAt, now);
    }

    /// <summary>Pinning a pinned post keeps its original pin time (two moderators may click at once).</summary>
    public void Pin(DateTimeOffset now) => PinnedAt ??= now;

    public void Unpin() => PinnedAt = null;

    /// <summary>
    /// The feed as readers see it: published posts only, pinned ones on top (the latest pinned first), then newest first
    /// by publish time; the id (time-ordered) settles ties. Queries sort the same way.
    /// </summary>
    public static IReadOnlyList<Post> InFeedOrder(IEnumerable<Post> posts, DateTimeOffset now) =>
    [
        .. posts.Where(p => p.IsPublished(now))
            .OrderByDescending(p => p.IsPinned)
            .ThenByDescending(p => p.PinnedAt)
            .ThenByDescending(p => p.PublishAt)
            .ThenByDescending(p => p.Id),
    ];

    private static DateTimeOffset Schedule(DateTimeOffset? publishAt, DateTimeOffset now)
    {
        if (publishAt is not { } at || at <= now)
        {
            if (publishAt < now - PublishAtTolerance)
                throw new DomainException(EngagementErrors.PublishAtInPast, "A post cannot be scheduled in the past.");
            return now;
        }
        return at;
    }

    private static string? CheckImage(string? imageFileId)
    {
        if (imageFileId is null) return null;
        if (string.IsNullOrWhiteSpace(imageFileId) || imageFileId.Length > MaxImageFileIdLength)
            throw new DomainException(EngagementErrors.InvalidImage, "That image reference is not valid.");
        return imageFileId;
    }
}
