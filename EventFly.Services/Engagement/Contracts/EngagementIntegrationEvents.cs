using EventFly.Services.Common;

namespace EventFly.Services.Engagement.Contracts;

/// <summary>A staff post appeared in an event's feed (a scheduled one when it fell due; <see cref="OccurredAt"/> is its publish time).</summary>
public sealed record PostPublishedV1(Guid PostId, Guid EventId, Guid AuthorId, DateTimeOffset OccurredAt) : IIntegrationEvent
{
    public static string MessageType => "engagement.post_published";
}

/// <summary>
/// Staff pinned a published post (the first pin of it; a re-pin after unpinning is announced again, consumers keep one
/// per post). <paramref name="Excerpt"/>: its first words as plain text.
/// </summary>
public sealed record PostPinnedV1(Guid PostId, Guid EventId, string Excerpt, DateTimeOffset OccurredAt) : IIntegrationEvent
{
    public const int MaxExcerptLength = 200;

    public static string MessageType => "engagement.post_pinned";
}

public sealed record CommentAddedV1(Guid CommentId, Guid PostId, Guid EventId, Guid AuthorId, DateTimeOffset OccurredAt) : IIntegrationEvent
{
    public static string MessageType => "engagement.comment_added";
}

/// <summary><see cref="Kind"/> is a reaction name (<c>like</c>, <c>love</c>, …).</summary>
public sealed record ReactionAddedV1(Guid PostId, Guid EventId, Guid UserId, string Kind, DateTimeOffset OccurredAt) : IIntegrationEvent
{
    public static string MessageType => "engagement.reaction_added";
}

/// <summary>A question was asked; consumers that show people must hide <see cref="AuthorId"/> when <see cref="Anonymous"/>.</summary>
public sealed record QuestionAskedV1(Guid QuestionId, Guid EventId, Guid AuthorId, bool Anonymous, bool AwaitsModeration, DateTimeOffset OccurredAt)
    : IIntegrationEvent
{
    public static string MessageType => "engagement.question_asked";
}

public sealed record PollVotedV1(Guid PollId, Guid EventId, Guid UserId, IReadOnlyList<Guid> OptionIds, DateTimeOffset OccurredAt) : IIntegrationEvent
{
    public static string MessageType => "engagement.poll_voted";
}

public sealed record QuizAnsweredV1(Guid QuizId, Guid QuestionId, Guid EventId, Guid UserId, bool Correct, int Points, DateTimeOffset OccurredAt)
    : IIntegrationEvent
{
    public static string MessageType => "engagement.quiz_answered";
}
