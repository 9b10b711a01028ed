namespace EventFly.Services.Engagement.Contracts;

/// <summary>A new post: Markdown, an optional stored image, and an optional time to publish it (null: now).</summary>
public sealed record PostDraft(string Body, string? ImageFileId = null, DateTimeOffset? PublishAt = null);

public sealed record PostEdit(string Body, string? ImageFileId = null);

/// <summary>
/// A post as its caller sees it: <see cref="BodyHtml"/> is the sanitised rendering of <see cref="Body"/>;
/// <see cref="MyReactions"/> are the caller's own reaction kinds.
/// </summary>
public sealed record PostView(
    Guid Id, Guid EventId, Guid AuthorId, string? AuthorName, string Body, string BodyHtml, string? ImageFileId, DateTimeOffset PublishAt,
    DateTimeOffset CreatedAt, DateTimeOffset? EditedAt, bool Pinned, DateTimeOffset? PinnedAt, bool Scheduled,
    IReadOnlyList<ReactionCount> Reactions, IReadOnlyList<string> MyReactions, int CommentCount);

/// <summary>How many people gave one kind of reaction; kinds nobody gave are left out.</summary>
public sealed record ReactionCount(string Kind, string Emoji, int Count);

/// <summary>A post's reactions after a change, with the caller's own kinds.</summary>
public sealed record PostReactions(Guid PostId, IReadOnlyList<ReactionCount> Reactions, IReadOnlyList<string> MyReactions);

/// <summary>A comment; <see cref="Hidden"/> ones reach only staff and their author.</summary>
public sealed record CommentView(Guid Id, Guid PostId, Guid EventId, Guid AuthorId, string? AuthorName, string Body, DateTimeOffset CreatedAt, bool Hidden);

public sealed record MuteView(Guid UserId, string? DisplayName, Guid MutedBy, DateTimeOffset At);
