using EventFly.Client.Api;
using EventFly.Client.Contracts;
using EventFly.Client.Live;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace EventFly.Client.Components.Live;

public partial class QaSection
{
    private QuestionRequest _draft = new();
    private bool _busy;

    [Inject] private ILiveApi Api { get; set; } = null!;

    [Inject] private ISnackbar Snackbar { get; set; } = null!;

    [Parameter, EditorRequired] public LiveEventState State { get; set; } = null!;

    /// <summary><c>votes</c> (most upvoted first) or <c>newest</c>.</summary>
    [Parameter] public string Sort { get; set; } = "votes";

    [Parameter] public EventCallback<string> SortChanged { get; set; }

    private string AuthorOf(QuestionResponse question) =>
        question.Mine ? (question.Anonymous ? L["YouAnonymously"] : L["You"])
        : question.Anonymous ? L["Anonymous"]
        : question.AuthorName ?? L["AParticipant"];

    private async Task AskAsync()
    {
        _busy = true;
        var result = await Api.AskAsync(State.EventId, _draft, Aborted);
        _busy = false;
        if (result.Value is { } question)
        {
            State.PutQuestion(question);
            _draft = new QuestionRequest { Anonymous = _draft.Anonymous };
            Snackbar.Add(question.Status == QuestionState.Pending ? L["QuestionSentForApproval"] : L["QuestionPosted"], Severity.Success);
            State.NotifyChanged();
        }
        else
        {
            Snackbar.Add(result.Error!, Severity.Warning);
        }
    }

    private async Task ToggleVoteAsync(QuestionResponse question)
    {
        _busy = true;
        var result = question.VotedByMe
            ? await Api.WithdrawUpvoteAsync(question.Id, Aborted)
            : await Api.UpvoteAsync(question.Id, Aborted);
        _busy = false;
        if (result.Value is { } changed) State.PutQuestion(changed);
        else Snackbar.Add(result.Error!, Severity.Warning);
        State.NotifyChanged();
    }
}
