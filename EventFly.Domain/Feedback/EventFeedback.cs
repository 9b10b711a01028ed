using EventFly.Domain.Common;

namespace EventFly.Domain.Feedback;

/// <summary>
/// One person's feedback on one event: a rating, optional aspect ratings and comment, and the organizer's public reply.
/// A person has at most one per event; submitting again replaces its values (same id, <see cref="UpdatedAt"/> set).
/// When the comment changes, the reply goes: it answered words that are no longer there. Staff hide a comment from the
/// public (reversible); the rating still counts, and a hidden comment stays hidden when its author edits it.
/// </summary>
public sealed class EventFeedback : Entity<Guid>
{
    public const int MaxReplyLength = 2_000;

    private EventFeedback()
    {
    }

    public Guid EventId { get; private set; }

    public Guid OrganizationId { get; private set; }

    public Guid UserId { get; private set; }

    public int Rating { get; private set; }

    public int? ContentRating { get; private set; }

    public int? VenueRating { get; private set; }

    public int? OrganizationRating { get; private set; }

    /// <summary>Plain text, shown encoded; null when none.</summary>
    public string? Comment { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? UpdatedAt { get; private set; }

    public string? Reply { get; private set; }

    public Guid? RepliedBy { get; private set; }

    public DateTimeOffset? RepliedAt { get; private set; }

    public bool Hidden { get; private set; }

    public Guid? HiddenBy { get; private set; }

    public DateTimeOffset? HiddenAt { get; private set; }

    public static EventFeedback Submit(Guid eventId, Guid organizationId, Guid userId, FeedbackInput input, FeedbackWindow window, DateTimeOffset now)
    {
        window.EnsureOpen(now);
        var feedback = new EventFeedback { Id = Guid.CreateVersion7(now), EventId = eventId, OrganizationId = organizationId, UserId = userId, CreatedAt = now };
        feedback.Apply(input.Checked());
        return feedback;
    }

    /// <summary>The person's second submission: new values, same feedback.</summary>
    public void Replace(FeedbackInput input, FeedbackWindow window, DateTimeOffset now)
    {
        window.EnsureOpen(now);
        var checkedInput = input.Checked();
        if (!string.Equals(checkedInput.Comment, Comment, StringComparison.Ordinal)) RemoveReply();
        Apply(checkedInput);
        UpdatedAt = now;
    }

    /// <summary>A second reply replaces the first.</summary>
    public void ReplyWith(Guid staffId, string? body, DateTimeOffset now)
    {
        var text = body?.Trim() ?? "";
        if (text.Length == 0) throw new DomainException(FeedbackErrors.ReplyRequired, "Write a reply first.");
        if (text.Length > MaxReplyLength) throw new DomainException(FeedbackErrors.ReplyTooLong, $"A reply has at most {MaxReplyLength:N0} characters.");
        Reply = text;
        RepliedBy = staffId;
        RepliedAt = now;
    }

    public void RemoveReply()
    {
        Reply = null;
        RepliedBy = null;
        RepliedAt = null;
    }

    /// <summary>Hiding a hidden comment keeps who hid it first.</summary>
    public void Hide(Guid staffId, DateTimeOffset now)
    {
        if (Hidden) return;
        Hidden = true;
        HiddenBy = staffId;
        HiddenAt = now;
    }

    public void Unhide()
    {
        Hidden = false;
        HiddenBy = null;
        HiddenAt = null;
    }

    /// <summary>What the public sees of it: a comment that is there and not hidden.</summary>
    public bool IsPublic => Comment is not null && !Hidden;

    private void Apply(FeedbackInput input)
    {
        Rating = input.Rating;
        ContentRating = input.Content;
        VenueRating = input.Venue;
        OrganizationRating = input.Organization;
        Comment = input.Comment;
    }
}
