using EventFly.Services.Common;
using EventFly.Services.Engagement.Contracts;
using EventFly.Web.Infrastructure;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace EventFly.Web.Components.Organizer.Live;

/// <summary>The event's polls for its staff, newest first, with their counts; moderators create, open and close them.</summary>
public sealed partial class PollsTab
{
    [Inject(Key = PerCallScope.Key)] private IPollService Polls { get; set; } = default!;

    [Inject] private IDialogService Dialogs { get; set; } = default!;

    private IReadOnlyList<PollView> _polls = [];

    protected override async Task LoadAsync(Actor actor, CancellationToken cancellationToken) =>
        _polls = await Polls.ListForEventAsync(actor, Event.Id, cancellationToken);

    private async Task CreateAsync()
    {
        Func<PollDraft, Task<string?>> save = draft => RefusalOfAsync(actor => Polls.CreateAsync(actor, Event.Id, draft, Aborted));
        var dialog = await Dialogs.ShowAsync<PollBuilderDialog>(null,
            new DialogParameters<PollBuilderDialog> { { d => d.Form, new PollForm() }, { d => d.TimeZone, Event.TimeZone }, { d => d.Save, save } },
            new DialogOptions { MaxWidth = MaxWidth.Small, FullWidth = true });
        if (await dialog.Result is { Canceled: false, Data: bool draft })
            Snackbar.Add(draft ? "Poll saved as a draft: open it when you are ready." : "Poll open: participants can vote.", Severity.Success);
        await ReloadAsync();
    }

    private async Task OpenAsync(PollView poll) =>
        await ActAsync(actor => Polls.OpenAsync(actor, poll.Id, Aborted), "Poll open: participants can vote.");

    private async Task CloseAsync(PollView poll)
    {
        if (await Dialogs.ShowMessageBoxAsync("Close this poll?", "Nobody can vote any more; a closed poll cannot be opened again.",
                yesText: "Close poll", cancelText: "Keep it open") != true) return;
        await ActAsync(actor => Polls.CloseAsync(actor, poll.Id, Aborted), "Poll closed.");
    }
}
