using EventFly.Services.Common;

namespace EventFly.Services.Engagement.Contracts;

/// <summary>
/// Live quizzes: a host with <c>feed.manage</c> creates one and runs it question by question; participants answer each
/// once within its time limit (server clock) and are scored by speed and streak.
/// </summary>
public interface IQuizService
{
    Task<QuizView> CreateAsync(Actor actor, Guid eventId, QuizDraft draft, CancellationToken cancellationToken);

    /// <summary>Staff see questions with their correct options; the audience only the quiz's title and state (drafts: 404 for them).</summary>
    Task<QuizView> GetAsync(Actor actor, Guid quizId, CancellationToken cancellationToken);

    /// <summary>The event's quizzes, newest first; drafts only for staff.</summary>
    Task<IReadOnlyList<QuizView>> ListForEventAsync(Actor actor, Guid eventId, CancellationToken cancellationToken);

    /// <summary>
    /// The host's one button: starts a draft and opens its first question, opens the next question (revealing the current
    /// one first if still open), or finishes the quiz when none is left.
    /// </summary>
    Task<QuizSnapshot> NextAsync(Actor actor, Guid quizId, CancellationToken cancellationToken);

    /// <summary>Ends answering for the current question early and shows its result; revealing twice changes nothing.</summary>
    Task<QuizSnapshot> RevealAsync(Actor actor, Guid quizId, CancellationToken cancellationToken);

    /// <summary>Once per question (409 <c>already_answered</c>), within its time limit (409 <c>answer_too_late</c>).</summary>
    Task<QuizAnswerResult> AnswerAsync(Actor actor, Guid quizId, Guid questionId, Guid optionId, CancellationToken cancellationToken);

    /// <summary>Everyone who answered, best first; equal points share a rank.</summary>
    Task<IReadOnlyList<LeaderboardEntryView>> GetLeaderboardAsync(Actor actor, Guid quizId, CancellationToken cancellationToken);

    /// <summary>What a late joiner needs: the current question (without its answer while open) and time left, or its reveal.</summary>
    Task<QuizSnapshot> GetStateAsync(Actor actor, Guid quizId, CancellationToken cancellationToken);
}
