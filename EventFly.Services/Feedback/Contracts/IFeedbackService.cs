using EventFly.Services.Common;

namespace EventFly.Services.Feedback.Contracts;

/// <summary>
/// Participants' ratings and comments on events they hold tickets for, and the organizer's side of them. Ticket holders
/// (confirmed orders) rate while the window is open; staff with <c>feedback.view</c> read the summary, reply and hide
/// comments; anyone who may see the event sees its public rating and comments. Every rule is checked here.
/// </summary>
public interface IFeedbackService
{
    /// <summary>The caller's window and feedback (null when none yet); 403 for non-holders who see the event, 404 otherwise.</summary>
    Task<MyFeedback> GetMineAsync(Actor actor, Guid eventId, CancellationToken cancellationToken);

    /// <summary>Stores the caller's feedback, or replaces it (<see cref="SubmittedFeedback.Created"/> false); 409 <c>feedback_closed</c> outside the window.</summary>
    Task<SubmittedFeedback> SubmitAsync(Actor actor, Guid eventId, FeedbackSubmission submission, CancellationToken cancellationToken);

    /// <summary>Staff with <c>feedback.view</c>: the numbers and a page of comments, newest first.</summary>
    Task<FeedbackSummary> GetSummaryAsync(Actor actor, Guid eventId, FeedbackCommentFilter filter, CancellationToken cancellationToken);

    /// <summary>A public reply under the comment (a second one replaces the first); staff with <c>feedback.view</c>.</summary>
    Task<StaffFeedbackView> ReplyAsync(Actor actor, Guid feedbackId, string body, CancellationToken cancellationToken);

    Task<StaffFeedbackView> RemoveReplyAsync(Actor actor, Guid feedbackId, CancellationToken cancellationToken);

    /// <summary>Hides the comment (and its reply) from the public; the rating still counts. Staff with <c>feedback.view</c>.</summary>
    Task<StaffFeedbackView> HideAsync(Actor actor, Guid feedbackId, CancellationToken cancellationToken);

    Task<StaffFeedbackView> UnhideAsync(Actor actor, Guid feedbackId, CancellationToken cancellationToken);

    /// <summary>The event's settings: anyone who may see the event; changing them needs <c>events.manage</c>.</summary>
    Task<FeedbackSettingsView> GetSettingsAsync(Actor actor, Guid eventId, CancellationToken cancellationToken);

    Task<FeedbackSettingsView> SetSettingsAsync(Actor actor, Guid eventId, FeedbackOpensAt opensAt, CancellationToken cancellationToken);

    /// <summary>The public rating of an event its caller may see.</summary>
    Task<PublicRating> GetEventRatingAsync(Actor actor, Guid eventId, CancellationToken cancellationToken);

    /// <summary>The public rating of an organization over its events that have ended.</summary>
    Task<PublicRating> GetOrganizationRatingAsync(Guid organizationId, CancellationToken cancellationToken);

    /// <summary>The event's comments that are not hidden, newest first, with display names and replies.</summary>
    Task<Page<PublicFeedbackView>> ListPublicAsync(Actor actor, Guid eventId, int page, int pageSize, CancellationToken cancellationToken);
}
