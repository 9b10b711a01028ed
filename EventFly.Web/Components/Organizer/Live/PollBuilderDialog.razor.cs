using EventFly.Services.Engagement.Contracts;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace EventFly.Web.Components.Organizer.Live;

public sealed partial class PollBuilderDialog
{
    private string? _error;
    private bool _touched;
    private bool _busy;

    [CascadingParameter] private IMudDialogInstance Dialog { get; set; } = null!;

    [Inject] private TimeProvider Time { get; set; } = default!;

    [Parameter] public PollForm Form { get; set; } = new();

    [Parameter] public string TimeZone { get; set; } = "UTC";

    /// <summary>Creates the poll; returns an error message to show, or null when created.</summary>
    [Parameter, EditorRequired] public Func<PollDraft, Task<string?>> Save { get; set; } = null!;

    private TimeZoneInfo Zone => TimeZoneInfo.TryFindSystemTimeZoneById(TimeZone, out var zone) ? zone : TimeZoneInfo.Utc;

    private void CloseLaterChanged(bool on)
    {
        Form.CloseLater = on;
        // A sensible start: a quarter of an hour from now, in the event's time zone.
        var now = TimeZoneInfo.ConvertTime(Time.GetUtcNow(), Zone).DateTime;
        if (on && Form.ClosesAtLocal is null) Form.ClosesAtLocal = new DateTime(now.Year, now.Month, now.Day, now.Hour, now.Minute, 0, DateTimeKind.Unspecified).AddMinutes(15);
    }

    private async Task SubmitAsync()
    {
        _touched = true;
        if (!Form.IsValid(Zone, Time.GetUtcNow())) return;
        _busy = true;
        _error = await Save(Form.ToDraft(Zone));
        _busy = false;
        if (_error is null) Dialog.Close(DialogResult.Ok(Form.SaveAsDraft));
    }
}
