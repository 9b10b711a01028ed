using EventFly.Services.Engagement.Contracts;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace EventFly.Web.Components.Organizer.Live;

public sealed partial class QuizBuilderDialog
{
    private string? _error;
    private bool _touched;
    private bool _busy;

    [CascadingParameter] private IMudDialogInstance Dialog { get; set; } = null!;

    [Parameter] public QuizForm Form { get; set; } = new();

    /// <summary>Creates the quiz (a draft until it is started); returns an error message to show, or null when created.</summary>
    [Parameter, EditorRequired] public Func<QuizDraft, Task<string?>> Save { get; set; } = null!;

    private void Add()
    {
        // A new question starts with the last one's time limit: hosts tend to keep one pace.
        if (Form.Questions.Count >= EventFly.Domain.Engagement.Quiz.MaxQuestions) return;
        Form.Questions.Add(new QuizQuestionForm { TimeLimitSeconds = Form.Questions[^1].TimeLimitSeconds });
    }

    private void Remove(QuizQuestionForm question)
    {
        if (Form.Questions.Count > 1) Form.Questions.Remove(question);
    }

    private async Task SubmitAsync()
    {
        _touched = true;
        if (!Form.IsValid) return;
        _busy = true;
        _error = await Save(Form.ToDraft());
        _busy = false;
        if (_error is null) Dialog.Close(DialogResult.Ok(true));
    }
}
