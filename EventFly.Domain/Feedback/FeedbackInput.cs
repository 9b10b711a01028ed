using EventFly.Domain.Common;

namespace EventFly.Domain.Feedback;

/// <summary>
/// What a participant says about an event: an overall rating 1–5, optional aspect ratings 1–5 and an optional comment
/// (plain text, at most <see cref="MaxCommentLength"/> characters; blank means none).
/// </summary>
public sealed record FeedbackInput(int Rating, string? Comment, int? Content = null, int? Venue = null, int? Organization = null)
{
    public const int MinRating = 1;
    public const int MaxRating = 5;
    public const int MaxCommentLength = 5_000;

    /// <summary>The input as stored: ratings in range, the comment trimmed (null when blank) and within its length.</summary>
    public FeedbackInput Checked()
    {
        CheckRating(Rating, "rating");
        CheckRating(Content, "content rating");
        CheckRating(Venue, "venue rating");
        CheckRating(Organization, "organization rating");
        var comment = string.IsNullOrWhiteSpace(Comment) ? null : Comment.Trim();
        if (comment?.Length > MaxCommentLength)
            throw new DomainException(FeedbackErrors.CommentTooLong, $"A comment has at most {MaxCommentLength:N0} characters.");
        return this with { Comment = comment };
    }

    public static bool IsRating(int value) => value is >= MinRating and <= MaxRating;

    private static void CheckRating(int? value, string what)
    {
        if (value is { } v && !IsRating(v))
            throw new DomainException(FeedbackErrors.InvalidRating, $"The {what} is a whole number from {MinRating} to {MaxRating}.");
    }
}
