using EventFly.Services.Common;

namespace EventFly.Services.Engagement.Contracts;

/// <summary>
/// Live polls: staff with <c>feed.manage</c> create, open and close them; participants vote once each. Counts are kept
/// exact under concurrent ballots by the database (one ballot per person, counters raised atomically).
/// </summary>
public interface IPollService
{
    /// <summary>Opens the poll at once unless <see cref="PollDraft.SaveAsDraft"/>.</summary>
    Task<PollView> CreateAsync(Actor actor, Guid eventId, PollDraft draft, CancellationToken cancellationToken);

    Task<PollView> OpenAsync(Actor actor, Guid pollId, CancellationToken cancellationToken);

    /// <summary>Closing a closed poll changes nothing.</summary>
    Task<PollView> CloseAsync(Actor actor, Guid pollId, CancellationToken cancellationToken);

    /// <summary>
    /// The caller's one ballot: 409 <c>already_voted</c> for a second, <c>poll_closed</c> / <c>poll_not_open</c>,
    /// 404 <c>unknown_option</c> for an option of another poll, 409 <c>invalid_choice</c> for a wrong number of options.
    /// </summary>
    Task<PollView> VoteAsync(Actor actor, Guid pollId, IReadOnlyList<Guid> optionIds, CancellationToken cancellationToken);

    /// <summary>The poll as the caller sees it (drafts only for staff).</summary>
    Task<PollView> GetAsync(Actor actor, Guid pollId, CancellationToken cancellationToken);

    /// <summary>Counts when the caller may see them (<see cref="PollResults.ResultsVisible"/>), zeros otherwise.</summary>
    Task<PollResults> GetResultsAsync(Actor actor, Guid pollId, CancellationToken cancellationToken);

    /// <summary>The event's polls, newest first; drafts only for staff.</summary>
    Task<IReadOnlyList<PollView>> ListForEventAsync(Actor actor, Guid eventId, CancellationToken cancellationToken);

    /// <summary>
    /// Results for a push to an event's live channel (after <see cref="ILiveEngagementPublisher.PollChangedAsync"/>):
    /// as its staff see them, or as its audience does (zeros while hidden). No caller check: the hub sends them only to the
    /// event's joined connections. Null when the poll no longer exists or is a draft (nothing for the audience).
    /// </summary>
    Task<PollResults?> GetResultsForBroadcastAsync(Guid pollId, bool forStaff, CancellationToken cancellationToken);
}
