namespace EventFly.Services.Engagement.Contracts;

/// <summary>A quiz question as the host writes it: <paramref name="CorrectOptionIndex"/> is 0-based.</summary>
public sealed record QuizQuestionDraft(string Text, IReadOnlyList<string> Options, int CorrectOptionIndex, int TimeLimitSeconds);

public sealed record QuizDraft(string Title, IReadOnlyList<QuizQuestionDraft> Questions);

/// <summary>Draft (editable), Running (questions open one by one), Finished.</summary>
public enum QuizState
{
    Draft,
    Running,
    Finished,
}

/// <summary>The current question of a running quiz: Open (takes answers) or Revealed (correct option shown).</summary>
public enum QuizQuestionPhase
{
    Open,
    Revealed,
}

/// <summary>A quiz; <see cref="Questions"/> (with the correct options) only for staff, empty for the audience.</summary>
public sealed record QuizView(
    Guid Id, Guid EventId, string Title, QuizState Status, int QuestionCount, int? CurrentQuestionNumber, DateTimeOffset CreatedAt,
    IReadOnlyList<QuizQuestionView> Questions);

public sealed record QuizQuestionView(Guid Id, int Number, string Text, IReadOnlyList<QuizOptionView> Options, Guid CorrectOptionId, int TimeLimitSeconds);

public sealed record QuizOptionView(Guid Id, string Text);

/// <summary>An open question as players see it: no correct option; answers are taken until <see cref="ClosesAt"/>.</summary>
public sealed record LiveQuizQuestion(
    Guid Id, int Number, int QuestionCount, string Text, IReadOnlyList<QuizOptionView> Options, int TimeLimitSeconds, DateTimeOffset OpenedAt,
    DateTimeOffset ClosesAt);

/// <summary>A revealed question: its correct option and how many chose each option.</summary>
public sealed record QuizReveal(Guid QuestionId, Guid CorrectOptionId, IReadOnlyList<QuizOptionCount> Distribution);

public sealed record QuizOptionCount(Guid OptionId, int Answers);

/// <summary>
/// A quiz as a player joining now finds it: the current question (never its answer while open) with the time left,
/// or its reveal with the top 10 and the caller's own place. <see cref="MyAnswerOptionId"/>: what the caller chose for the
/// current question, if anything.
/// </summary>
public sealed record QuizSnapshot(
    Guid QuizId, Guid EventId, string Title, QuizState Status, int QuestionCount, QuizQuestionPhase? Phase, LiveQuizQuestion? Question,
    TimeSpan? Remaining, QuizReveal? Reveal, IReadOnlyList<LeaderboardEntryView> Top, LeaderboardEntryView? Me, Guid? MyAnswerOptionId);

public sealed record QuizAnswerResult(Guid QuestionId, bool Correct, int Points, int Bonus, int Streak);

/// <summary>A place on a quiz's leaderboard; equal points share a rank.</summary>
public sealed record LeaderboardEntryView(int Rank, Guid UserId, string? DisplayName, int Points);
