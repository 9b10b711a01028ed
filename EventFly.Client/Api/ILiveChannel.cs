using EventFly.Client.Contracts;

namespace EventFly.Client.Api;

/// <summary>Where an <see cref="ILiveChannel"/>'s connection stands; a page shows it and E2E tests wait for <c>Live</c>.</summary>
public enum LiveConnectionState
{
    /// <summary>Not started, or stopped for good (disposed, or the event refused the caller).</summary>
    Offline,
    Connecting,
    /// <summary>Connected and joined to the event: pushes arrive.</summary>
    Live,
    /// <summary>The connection dropped; it comes back by itself, then the page resynchronises.</summary>
    Reconnecting,
}

/// <summary>
/// One event's live pushes over the hub <c>/hubs/live</c> (docs/api.md, "Live hub"). <see cref="ConnectAsync"/> joins the
/// event; after every reconnect the channel joins again and raises <see cref="Resynchronise"/>, because pushes sent while
/// it was away are lost: the page then fetches the current state over REST. A page owns its channel and disposes it.
/// Handlers run one after another in the order the hub sent the messages.
/// </summary>
public interface ILiveChannel : IAsyncDisposable
{
    LiveConnectionState State { get; }

    /// <summary>The caller's place in the event (staff or audience, muted or not), once joined.</summary>
    EngagementParticipantResponse? Participant { get; }

    /// <summary>
    /// Connects and joins the event; the caller's place, or why not (not a participant, or no connection: then it keeps
    /// trying in the background and raises <see cref="Resynchronise"/> once joined).
    /// </summary>
    Task<ApiResult<EngagementParticipantResponse>> ConnectAsync(Guid eventId, CancellationToken cancellationToken = default);

    /// <summary><see cref="State"/> changed.</summary>
    event Func<LiveConnectionState, Task>? StateChanged;

    /// <summary>Joined again after losing the connection: fetch the feed, questions, poll results and quiz state anew.</summary>
    event Func<Task>? Resynchronise;

    /// <summary>A post became visible (created now, or a scheduled one fell due); <c>myReactions</c> is empty.</summary>
    event Func<PostResponse, Task>? PostPublished;

    /// <summary>A post (by id) was edited, pinned, unpinned or deleted, or a comment of it hidden: reload it.</summary>
    event Func<Guid, Task>? PostChanged;

    event Func<CommentResponse, Task>? CommentAdded;

    /// <summary>A post's counts (coalesced: at most a few per second; the last one equals what is stored).</summary>
    event Func<Guid, IReadOnlyList<ReactionCountResponse>, Task>? ReactionsUpdated;

    /// <summary>A question was asked, upvoted, approved, answered or hidden; <c>mine</c> and <c>votedByMe</c> are false.</summary>
    event Func<QuestionResponse, Task>? QuestionsUpdated;

    /// <summary>A poll's results (pollId, results), as this caller may see them; also when it opens or closes.</summary>
    event Func<Guid, PollResultsResponse, Task>? PollResultsUpdated;

    /// <summary>A quiz (quizId) opened a question.</summary>
    event Func<Guid, LiveQuizQuestionResponse, Task>? QuizQuestionOpened;

    /// <summary>A quiz's question closed (quizId, questionId, correctOptionId).</summary>
    event Func<Guid, Guid, Guid, Task>? QuizQuestionClosed;

    /// <summary>A quiz's top 10 (quizId, top) after each question and at the end.</summary>
    event Func<Guid, IReadOnlyList<LeaderboardEntryResponse>, Task>? LeaderboardUpdated;
}

/// <summary>Makes a page its own <see cref="ILiveChannel"/>; the page disposes it when it goes.</summary>
public interface ILiveChannelFactory
{
    ILiveChannel Create();
}
