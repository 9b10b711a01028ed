using EventFly.Services.Common;

namespace EventFly.Services.Engagement.Contracts;

/// <summary>
/// An event's audience Q&amp;A: participants ask (optionally anonymously) and upvote once each; moderators
/// (<c>feed.manage</c>) approve, mark answered or hide, and switch moderation on (new questions wait for approval).
/// </summary>
public interface IQuestionService
{
    Task<QuestionView> AskAsync(Actor actor, Guid eventId, QuestionDraft draft, CancellationToken cancellationToken);

    /// <summary>What the caller may see: staff everything, the audience visible and answered ones plus their own pending ones.</summary>
    Task<Page<QuestionView>> ListAsync(Actor actor, Guid eventId, QuestionSort sort, int page, int pageSize, CancellationToken cancellationToken);

    Task<QuestionView> GetAsync(Actor actor, Guid questionId, CancellationToken cancellationToken);

    /// <summary>Once per person (409 <c>already_upvoted</c>); not on one's own question.</summary>
    Task<QuestionView> UpvoteAsync(Actor actor, Guid questionId, CancellationToken cancellationToken);

    /// <summary>Withdrawing an upvote never given changes nothing.</summary>
    Task<QuestionView> WithdrawUpvoteAsync(Actor actor, Guid questionId, CancellationToken cancellationToken);

    /// <summary>Needs <c>feed.manage</c>: a pending question becomes visible, a hidden one comes back.</summary>
    Task<QuestionView> ApproveAsync(Actor actor, Guid questionId, CancellationToken cancellationToken);

    Task<QuestionView> MarkAnsweredAsync(Actor actor, Guid questionId, CancellationToken cancellationToken);

    Task<QuestionView> HideAsync(Actor actor, Guid questionId, CancellationToken cancellationToken);

    /// <summary>
    /// The question as the audience sees it (anonymous authors hidden, no "mine" flags) for a push to its event's channel
    /// (after <see cref="ILiveEngagementPublisher.QuestionChangedAsync"/>); no caller check. Null when it no longer exists.
    /// </summary>
    Task<QuestionView?> GetForBroadcastAsync(Guid questionId, CancellationToken cancellationToken);

    /// <summary>For everyone in the channel.</summary>
    Task<QaSettingsView> GetSettingsAsync(Actor actor, Guid eventId, CancellationToken cancellationToken);

    /// <summary>Needs <c>feed.manage</c>; applies to questions asked from now on.</summary>
    Task<QaSettingsView> SetModerationAsync(Actor actor, Guid eventId, bool moderationOn, CancellationToken cancellationToken);
}
