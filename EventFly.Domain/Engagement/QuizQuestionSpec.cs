namespace EventFly.Domain.Engagement;

/// <summary>A quiz question as the host writes it: <paramref name="CorrectOption"/> is the 0-based index of the one correct option.</summary>
public sealed record QuizQuestionSpec(string Text, IReadOnlyList<string> Options, int CorrectOption, int TimeLimitSeconds);
