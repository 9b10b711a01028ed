using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using EventFly.Client.Resources;

namespace EventFly.Client.Contracts;

/// <summary><c>POST /api/events/{eventId}/feedback</c>: a rating 1–5, an optional comment and optional aspect ratings.</summary>
public sealed class FeedbackRequest
{
    public const int MaxCommentLength = 5_000;

    [Required(ErrorMessageResourceType = typeof(EventTexts), ErrorMessageResourceName = nameof(EventTexts.ChooseRating)), Range(1, 5, ErrorMessageResourceType = typeof(EventTexts), ErrorMessageResourceName = nameof(EventTexts.ChooseRating))]
    public int? Rating { get; set; }

    [StringLength(MaxCommentLength, ErrorMessageResourceType = typeof(EventTexts), ErrorMessageResourceName = nameof(EventTexts.CommentTooLong))]
    public string? Comment { get; set; }

    public AspectRatingsRequest? Aspects { get; set; }
}

/// <summary>Ratings 1–5 of parts of the event; each may be left out.</summary>
public sealed class AspectRatingsRequest
{
    [Range(1, 5, ErrorMessageResourceType = typeof(EventTexts), ErrorMessageResourceName = nameof(EventTexts.RateContent))]
    public int? Content { get; set; }

    [Range(1, 5, ErrorMessageResourceType = typeof(EventTexts), ErrorMessageResourceName = nameof(EventTexts.RateVenue))]
    public int? Venue { get; set; }

    [Range(1, 5, ErrorMessageResourceType = typeof(EventTexts), ErrorMessageResourceName = nameof(EventTexts.RateOrganization))]
    public int? Organization { get; set; }
}

/// <summary><c>POST /api/feedback/{feedbackId}/reply</c>: shown publicly under the comment; a second reply replaces the first.</summary>
public sealed class FeedbackReplyRequest
{
    [Required(ErrorMessage = "Write a reply."), StringLength(2_000, ErrorMessage = "A reply has at most 2,000 characters.")]
    public string Body { get; set; } = "";
}

/// <summary><c>PUT /api/events/{eventId}/feedback/settings</c>.</summary>
public sealed class FeedbackSettingsRequest
{
    [Required(ErrorMessage = "Choose when feedback opens: start or end.")]
    public FeedbackOpensAt? OpensAt { get; set; }
}

/// <summary>Query of <c>GET /api/events/{eventId}/feedback/summary</c>: comments with exactly <c>rating</c>, with or without a comment.</summary>
public sealed class FeedbackSummaryQuery : PagedQuery
{
    [Range(1, 5, ErrorMessage = "rating is between 1 and 5.")]
    public int? Rating { get; set; }

    public bool? HasComment { get; set; }
}

/// <summary>Query of <c>GET /api/events/{eventId}/feedback</c>.</summary>
public sealed class PublicFeedbackQuery : PagedQuery;

/// <summary>When an event's feedback window opens: at its <c>start</c> or its <c>end</c>; it closes 30 days after the end.</summary>
[JsonConverter(typeof(WireEnumConverter<FeedbackOpensAt>))]
public enum FeedbackOpensAt
{
    Start,
    End,
}

public sealed record AspectRatingsResponse(int? Content, int? Venue, int? Organization);

public sealed record AspectAveragesResponse(decimal? Content, decimal? Venue, decimal? Organization);

public sealed record FeedbackWindowResponse(DateTimeOffset OpensAt, DateTimeOffset ClosesAt, bool Open);

public sealed record FeedbackReplyResponse(string Body, DateTimeOffset RepliedAt);

/// <summary>Feedback as its author sees it.</summary>
public sealed record FeedbackResponse(
    Guid Id, Guid EventId, int Rating, string? Comment, AspectRatingsResponse Aspects, DateTimeOffset CreatedAt, DateTimeOffset? UpdatedAt,
    FeedbackReplyResponse? Reply, bool Hidden);

/// <summary><c>GET /api/events/{eventId}/feedback/mine</c>: <c>feedback</c> null until the caller gave some.</summary>
public sealed record MyFeedbackResponse(FeedbackWindowResponse Window, FeedbackResponse? Feedback);

/// <summary>A comment as the event's staff see it.</summary>
public sealed record StaffFeedbackResponse(
    Guid Id, Guid EventId, Guid UserId, string? AuthorName, int Rating, string? Comment, AspectRatingsResponse Aspects, DateTimeOffset CreatedAt,
    DateTimeOffset? UpdatedAt, FeedbackReplyResponse? Reply, bool Hidden);

/// <summary>A comment as the public sees it: display name only.</summary>
public sealed record PublicFeedbackResponse(
    Guid Id, string? AuthorName, int Rating, string Comment, DateTimeOffset CreatedAt, DateTimeOffset? UpdatedAt, FeedbackReplyResponse? Reply);

/// <summary><c>GET /api/events/{eventId}/feedback/summary</c>; response rates are shares 0..1 (null with nobody to count against).</summary>
public sealed record FeedbackSummaryResponse(
    int Count, decimal? Average, Dictionary<int, int> Distribution, AspectAveragesResponse Aspects, int TicketHolders, int CheckedIn,
    decimal? ResponseRate, decimal? CheckedInResponseRate, IReadOnlyList<StaffFeedbackResponse> Comments, int CommentsTotal);

/// <summary><c>GET /api/events/{eventId}/rating</c>, <c>GET /api/organizations/{orgId}/rating</c>: <c>average</c> null below 5 ratings.</summary>
public sealed record PublicRatingResponse(int Count, decimal? Average)
{
    public const int MinRatingsForAverage = 5;
}

public sealed record FeedbackSettingsResponse(Guid EventId, FeedbackOpensAt OpensAt, FeedbackWindowResponse Window);
