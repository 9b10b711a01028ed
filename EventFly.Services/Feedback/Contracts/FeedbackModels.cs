namespace EventFly.Services.Feedback.Contracts;

/// <summary>When an event's feedback window opens (ADR 0015: the context's own state, as its callers see it).</summary>
public enum FeedbackOpensAt
{
    Start,
    End,
}

public sealed record FeedbackSubmission(int Rating, string? Comment, AspectRatings? Aspects);

/// <summary>Ratings 1–5 of parts of the event; each may be left out.</summary>
public sealed record AspectRatings(int? Content, int? Venue, int? Organization);

/// <summary>The per-aspect averages of a summary (null for an aspect nobody rated).</summary>
public sealed record AspectAverages(decimal? Content, decimal? Venue, decimal? Organization);

public sealed record FeedbackWindowView(DateTimeOffset OpensAt, DateTimeOffset ClosesAt, bool Open);

public sealed record FeedbackReplyView(string Body, DateTimeOffset RepliedAt);

/// <summary>Feedback as its author sees it.</summary>
public sealed record FeedbackView(
    Guid Id, Guid EventId, int Rating, string? Comment, AspectRatings Aspects, DateTimeOffset CreatedAt, DateTimeOffset? UpdatedAt,
    FeedbackReplyView? Reply, bool Hidden);

public sealed record MyFeedback(FeedbackWindowView Window, FeedbackView? Feedback);

public sealed record SubmittedFeedback(FeedbackView Feedback, bool Created);

/// <summary>A comment as the event's staff see it: with its author's display name (never an e-mail) and whether it is hidden.</summary>
public sealed record StaffFeedbackView(
    Guid Id, Guid EventId, Guid UserId, string? AuthorName, int Rating, string? Comment, AspectRatings Aspects, DateTimeOffset CreatedAt,
    DateTimeOffset? UpdatedAt, FeedbackReplyView? Reply, bool Hidden);

/// <summary>A comment as the public sees it.</summary>
public sealed record PublicFeedbackView(
    Guid Id, string? AuthorName, int Rating, string Comment, DateTimeOffset CreatedAt, DateTimeOffset? UpdatedAt, FeedbackReplyView? Reply);

/// <summary>Filters of the summary's comments: an exact rating, with or without a comment; 1-based pages.</summary>
public sealed record FeedbackCommentFilter(int? Rating, bool? HasComment, int Page, int PageSize);

/// <summary>
/// The numbers of an event's feedback for its staff. Response rates are shares (0..1, 4 decimals) of the people who
/// hold tickets now, and of those checked in, who gave feedback; null when there is nobody to count against.
/// </summary>
public sealed record FeedbackSummary(
    int Count, decimal? Average, IReadOnlyDictionary<int, int> Distribution, AspectAverages Aspects, int TicketHolders, int CheckedIn,
    decimal? ResponseRate, decimal? CheckedInResponseRate, IReadOnlyList<StaffFeedbackView> Comments, int CommentsTotal);

/// <summary>Average (2 decimals) null while fewer than the minimum number of ratings exist.</summary>
public sealed record PublicRating(int Count, decimal? Average);

public sealed record FeedbackSettingsView(Guid EventId, FeedbackOpensAt OpensAt, FeedbackWindowView Window);
