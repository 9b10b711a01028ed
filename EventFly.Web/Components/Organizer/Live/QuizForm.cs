using EventFly.Domain.Engagement;
using EventFly.Services.Engagement.Contracts;

namespace EventFly.Web.Components.Organizer.Live;

/// <summary>The quiz builder's fields, checked as the server checks them.</summary>
public sealed class QuizForm
{
    public const int DefaultTimeLimitSeconds = 20;

    public string Title { get; set; } = "";

    public List<QuizQuestionForm> Questions { get; } = [new()];

    public string? TitleError =>
        Title.Trim().Length == 0 ? "Give the quiz a title."
        : Title.Trim().Length > Quiz.MaxTitleLength ? $"At most {Quiz.MaxTitleLength} characters."
        : null;

    public bool IsValid => TitleError is null && Questions.Count is >= Quiz.MinQuestions and <= Quiz.MaxQuestions && Questions.All(q => q.IsValid);

    public QuizDraft ToDraft() => new(Title.Trim(), [.. Questions.Select(q => q.ToDraft())]);
}

/// <summary>One question of the builder: text, 2–6 options, the correct one, a time limit of 5–120 seconds.</summary>
public sealed class QuizQuestionForm
{
    public string Text { get; set; } = "";

    public List<OptionLine> Options { get; } = [new(), new()];

    public int CorrectIndex { get; set; }

    public int TimeLimitSeconds { get; set; } = QuizForm.DefaultTimeLimitSeconds;

    public string? TextError =>
        Text.Trim().Length == 0 ? "Write the question."
        : Text.Trim().Length > QuizQuestion.MaxTextLength ? $"At most {QuizQuestion.MaxTextLength} characters."
        : null;

    public string? TimeLimitError => TimeLimitSeconds is < QuizQuestion.MinTimeLimitSeconds or > QuizQuestion.MaxTimeLimitSeconds
        ? $"Between {QuizQuestion.MinTimeLimitSeconds} and {QuizQuestion.MaxTimeLimitSeconds} seconds."
        : null;

    public bool IsValid =>
        TextError is null && TimeLimitError is null && Options.Count is >= QuizQuestion.MinOptions and <= QuizQuestion.MaxOptions
        && OptionLine.AllValid(Options, QuizQuestion.MaxOptionLength) && CorrectIndex >= 0 && CorrectIndex < Options.Count;

    public QuizQuestionDraft ToDraft() => new(Text.Trim(), [.. Options.Select(o => o.Text.Trim())], CorrectIndex, TimeLimitSeconds);
}
