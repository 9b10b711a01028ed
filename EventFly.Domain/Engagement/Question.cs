using EventFly.Domain.Common;

namespace EventFly.Domain.Engagement;

/// <summary>
/// An audience question in an event's Q&amp;A. With moderation on it starts <see cref="QuestionStatus.Pending"/>,
/// otherwise visible at once. Moderators approve, mark answered or hide; repeating a step is harmless (several moderators
/// work at once), going back from answered to merely visible is not. <see cref="VoteCount"/> is kept by atomic database
/// updates beside the <see cref="QuestionVote"/> rows, never written from here.
/// </summary>
public sealed class Question : Entity<Guid>
{
    public const int MaxBodyLength = 2_000;

    private Question()
    {
        Body = "";
    }

    public Guid EventId { get; private set; }

    public Guid AuthorId { get; private set; }

    public string Body { get; private set; }

    /// <summary>Hides the author from other participants; staff always see who asked.</summary>
    public bool Anonymous { get; private set; }

    public QuestionStatus Status { get; private set; }

    public int VoteCount { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? AnsweredAt { get; private set; }

    public DateTimeOffset? HiddenAt { get; private set; }

    /// <summary>Whether upvotes are taken: only on questions the audience can see.</summary>
    public bool AcceptsVotes => Status is QuestionStatus.Visible or QuestionStatus.Answered;

    public static Question Ask(Guid eventId, Guid authorId, string body, bool anonymous, bool moderationOn, DateTimeOffset now)
    {
        var text = EngagementText.Body(body?.Trim(), MaxBodyLength);
        return new Question
        {
            Id = Guid.CreateVersion7(now), EventId = eventId, AuthorId = authorId, Body = text, Anonymous = anonymous,
            Status = moderationOn ? QuestionStatus.Pending : QuestionStatus.Visible, CreatedAt = now,
        };
    }

    /// <summary>
    /// Makes a pending question visible; on a hidden one, undoes the hide (an answered question comes back answered).
    /// A question the audience already sees stays as it is.
    /// </summary>
    public void Approve()
    {
        if (Status == QuestionStatus.Pending) Status = QuestionStatus.Visible;
        else if (Status == QuestionStatus.Hidden) Status = AnsweredAt is null ? QuestionStatus.Visible : QuestionStatus.Answered;
        HiddenAt = null;
    }

    /// <summary>Only a question the audience sees can be answered: a pending one is approved first.</summary>
    public void MarkAnswered(DateTimeOffset now)
    {
        if (Status == QuestionStatus.Answered) return;
        if (Status != QuestionStatus.Visible)
            throw new DomainException(EngagementErrors.QuestionNotVisible, "Only a visible question can be marked answered.");
        Status = QuestionStatus.Answered;
        AnsweredAt = now;
    }

    public void Hide(DateTimeOffset now)
    {
        if (Status == QuestionStatus.Hidden) return;
        Status = QuestionStatus.Hidden;
        HiddenAt = now;
    }

    /// <param name="alreadyUpvoted">Whether the caller knows of the user's vote; the unique (question, user) key refuses it anyway.</param>
    public QuestionVote Upvote(Guid userId, DateTimeOffset now, bool alreadyUpvoted = false)
    {
        if (!AcceptsVotes) throw new DomainException(EngagementErrors.QuestionNotVisible, "This question is not open for votes.");
        if (userId == AuthorId) throw new DomainException(EngagementErrors.CannotUpvoteOwnQuestion, "You cannot upvote your own question.");
        if (alreadyUpvoted) throw new DomainException(EngagementErrors.AlreadyUpvoted, "You already upvoted this question.");
        return new QuestionVote(Id, userId, now);
    }

    /// <summary>Staff see every question; the author their own unless hidden; everyone else the visible and answered ones.</summary>
    public bool IsVisibleTo(Guid viewerId, bool isStaff) =>
        isStaff || AcceptsVotes || (viewerId == AuthorId && Status == QuestionStatus.Pending);

    /// <summary>Who asked, as <paramref name="viewerId"/> may know it: null for an anonymous question, except to staff and the author.</summary>
    public Guid? AuthorShownTo(Guid viewerId, bool isStaff) => !Anonymous || isStaff || viewerId == AuthorId ? AuthorId : null;
}
