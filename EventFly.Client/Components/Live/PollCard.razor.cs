using EventFly.Client.Api;
using EventFly.Client.Contracts;
using EventFly.Client.Live;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace EventFly.Client.Components.Live;

public partial class PollCard
{
    private readonly HashSet<Guid> _chosen = [];
    private bool _busy;

    [Inject] private ILiveApi Api { get; set; } = null!;

    [Inject] private ISnackbar Snackbar { get; set; } = null!;

    [Parameter, EditorRequired] public LiveEventState State { get; set; } = null!;

    [Parameter, EditorRequired] public PollResponse Poll { get; set; } = null!;

    private PollResultsResponse? Results => State.ResultsOf(Poll.Id);

    private bool CanVoteNow => Poll.Status == PollState.Open && Poll.MyChoice is null && State.CanWrite;

    private void Toggle(Guid optionId, bool on)
    {
        if (on) _chosen.Add(optionId);
        else _chosen.Remove(optionId);
    }

    private Task VoteChosenAsync() => VoteAsync([.. _chosen]);

    private async Task VoteAsync(List<Guid> optionIds)
    {
        _busy = true;
        var result = await Api.VoteAsync(Poll.Id, new VoteRequest { OptionIds = optionIds }, Aborted);
        _busy = false;
        if (result.Value is { } poll)
        {
            State.PutPoll(poll);
            Snackbar.Add(L["ThanksForVoting"], Severity.Success);
        }
        else
        {
            Snackbar.Add(result.Error!, Severity.Warning);
            // already_voted, poll_closed: show the poll as it now is.
            if ((await Api.GetPollAsync(Poll.Id, Aborted)).Value is { } current) State.PutPoll(current);
        }
        State.NotifyChanged();
    }
}
