using EventFly.Services.Engagement.Contracts;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace EventFly.Web.Components.Organizer.Live;

public sealed partial class QuizHostPanel
{
    // Off by default: a portal shown on a shared screen must not give the answer away.
    private bool _peek;

    /// <summary>The quiz as staff see it: its questions with the correct options.</summary>
    [Parameter, EditorRequired] public QuizView Quiz { get; set; } = null!;

    /// <summary>Where it stands now (null until read).</summary>
    [Parameter] public QuizSnapshot? Snapshot { get; set; }

    [Parameter] public bool CanModerate { get; set; }

    [Parameter] public bool Busy { get; set; }

    [Parameter, EditorRequired] public string ProjectorUrl { get; set; } = "";

    [Parameter] public EventCallback OnNext { get; set; }

    [Parameter] public EventCallback OnReveal { get; set; }

    [Inject] private TimeProvider Time { get; set; } = default!;

    private QuizState Status => Snapshot?.Status ?? Quiz.Status;

    private QuizQuestionPhase? Phase => Snapshot?.Phase;

    private int QuestionCount => Snapshot?.QuestionCount ?? Quiz.QuestionCount;

    private int? Number => Snapshot?.Question?.Number;

    private bool IsLast => Number == QuestionCount;

    private string Progress => Status switch
    {
        QuizState.Draft => $"{QuestionCount} {(QuestionCount == 1 ? "question" : "questions")}, not started",
        QuizState.Running => Number is { } n ? $"question {n} of {QuestionCount}" : "starting",
        QuizState.Finished => $"all {QuestionCount} {(QuestionCount == 1 ? "question" : "questions")} played",
    };

    private string NextLabel => Status == QuizState.Draft ? "Start quiz" : IsLast ? "Finish quiz" : "Next question";

    private string NextIcon => Status == QuizState.Draft ? Icons.Material.Filled.PlayArrow : IsLast ? Icons.Material.Filled.Flag : Icons.Material.Filled.SkipNext;

    /// <summary>Counted from the question's close time, so it is right however late the snapshot was read.</summary>
    private int SecondsLeft => Snapshot?.Question is { } q ? Math.Max(0, (int)Math.Ceiling((q.ClosesAt - Time.GetUtcNow()).TotalSeconds)) : 0;

    private double TimeShare(LiveQuizQuestion question) => 100.0 * SecondsLeft / Math.Max(1, question.TimeLimitSeconds);

    private int TotalAnswers => Snapshot?.Reveal?.Distribution.Sum(d => d.Answers) ?? 0;

    private Guid? CorrectOptionId(Guid questionId) =>
        Snapshot?.Reveal is { } reveal && reveal.QuestionId == questionId ? reveal.CorrectOptionId
        : Quiz.Questions.FirstOrDefault(q => q.Id == questionId)?.CorrectOptionId;

    /// <summary>How many chose the option, once the question is revealed; null before.</summary>
    private int? AnswersFor(Guid optionId) => Snapshot?.Reveal?.Distribution.FirstOrDefault(d => d.OptionId == optionId)?.Answers;
}
