namespace EventFly.Domain.Feedback;

/// <summary>Every code the Feedback context raises; the web layer sends it as the ProblemDetails <c>code</c>.</summary>
public static class FeedbackErrors
{
    // Input (the web refuses these with 400 before they get here; the domain keeps the rule for every other caller)
    public const string InvalidRating = "invalid_rating";
    public const string CommentTooLong = "comment_too_long";
    public const string ReplyRequired = "reply_required";
    public const string ReplyTooLong = "reply_too_long";

    // Who may rate, and when
    public const string NotATicketHolder = "not_a_ticket_holder";
    public const string FeedbackClosed = "feedback_closed";

    // Staff
    public const string UnknownFeedback = "unknown_feedback";
}
