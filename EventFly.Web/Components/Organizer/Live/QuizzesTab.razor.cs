using EventFly.Services.Common;
using EventFly.Services.Engagement.Contracts;
using EventFly.Web.Infrastructure;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace EventFly.Web.Components.Organizer.Live;

/// <summary>The event's quizzes for its staff, and one of them hosted from the portal: its current question, Next/Reveal, the leaderboard.</summary>
public sealed partial class QuizzesTab
{
    [Inject(Key = PerCallScope.Key)] private IQuizService Quizzes { get; set; } = default!;

    [Inject] private IDialogService Dialogs { get; set; } = default!;

    private IReadOnlyList<QuizView> _quizzes = [];
    private Guid? _hosting;
    private QuizSnapshot? _snapshot;
    private bool _stepping;

    private QuizView? HostedQuiz => _quizzes.FirstOrDefault(q => q.Id == _hosting);

    /// <summary>The projector host screen (the participant app's WebAssembly page, which joins the hub for live pushes).</summary>
    private string ProjectorUrl(QuizView quiz) => $"/events/{Event.Id}/host/{quiz.Id}";

    protected override async Task LoadAsync(Actor actor, CancellationToken cancellationToken)
    {
        var quizzes = await Quizzes.ListForEventAsync(actor, Event.Id, cancellationToken);
        // Until the host picks one, the running quiz is the one to follow.
        var hosting = quizzes.Any(q => q.Id == _hosting) ? _hosting : quizzes.FirstOrDefault(q => q.Status == QuizState.Running)?.Id;
        _snapshot = hosting is { } id ? await Quizzes.GetStateAsync(actor, id, cancellationToken) : null;
        (_quizzes, _hosting) = (quizzes, hosting);
    }

    private async Task HostAsync(QuizView quiz)
    {
        _hosting = quiz.Id;
        await ReloadAsync();
    }

    private async Task CreateAsync()
    {
        QuizView? created = null;
        Func<QuizDraft, Task<string?>> save = draft => RefusalOfAsync(async actor => created = await Quizzes.CreateAsync(actor, Event.Id, draft, Aborted));
        var dialog = await Dialogs.ShowAsync<QuizBuilderDialog>(null, new DialogParameters<QuizBuilderDialog> { { d => d.Form, new QuizForm() }, { d => d.Save, save } },
            new DialogOptions { MaxWidth = MaxWidth.Medium, FullWidth = true });
        if ((await dialog.Result)?.Canceled == false && created is not null)
        {
            Snackbar.Add("Quiz saved: start it when the room is ready.", Severity.Success);
            _hosting = created.Id;
        }
        await ReloadAsync();
    }

    private Task NextAsync() => StepAsync(actor => Quizzes.NextAsync(actor, _hosting!.Value, Aborted));

    private Task RevealAsync() => StepAsync(actor => Quizzes.RevealAsync(actor, _hosting!.Value, Aborted));

    /// <summary>One host step at a time: a double click would otherwise skip a question (the server refuses the second anyway).</summary>
    private async Task StepAsync(Func<Actor, Task<QuizSnapshot>> step)
    {
        if (_stepping || _hosting is null) return;
        _stepping = true;
        try
        {
            await ActAsync(step);
        }
        finally
        {
            _stepping = false;
        }
    }
}
