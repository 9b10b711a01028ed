using EventFly.Services.Engagement.Contracts;
using Microsoft.AspNetCore.Components;

namespace EventFly.Web.Components.Organizer.Live;

public sealed partial class PostComposer
{
    private string _body = "";
    private bool _schedule;
    private DateTime? _publishAt;
    private bool _busy;
    // Bumped after each post: a new field starts untouched (the cleared one would say "Write something first").
    private int _posted;

    [Parameter, EditorRequired] public string TimeZone { get; set; } = "UTC";

    /// <summary>Posts the draft; true when it was accepted (the composer then clears).</summary>
    [Parameter, EditorRequired] public Func<PostDraft, Task<bool>> Publish { get; set; } = null!;

    [Inject] private TimeProvider Time { get; set; } = default!;

    private TimeZoneInfo Zone => TimeZoneInfo.TryFindSystemTimeZoneById(TimeZone, out var zone) ? zone : TimeZoneInfo.Utc;

    private DateTimeOffset? PublishAtInstant =>
        _schedule && _publishAt is { } local ? new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), Zone)) : null;

    private string? ScheduleError => !_schedule ? null
        : _publishAt is null ? "Choose when to publish."
        : PublishAtInstant <= Time.GetUtcNow() ? "Choose a time in the future."
        : null;

    private bool CanSubmit => !_busy && !string.IsNullOrWhiteSpace(_body) && _body.Length <= EventFly.Domain.Engagement.Post.MaxBodyLength && ScheduleError is null;

    private void ScheduleChanged(bool on)
    {
        _schedule = on;
        // A sensible start: the next full hour in the event's time zone.
        var now = TimeZoneInfo.ConvertTime(Time.GetUtcNow(), Zone).DateTime;
        if (on && _publishAt is null) _publishAt = now.Date.AddHours(now.Hour + 1);
    }

    private async Task SubmitAsync()
    {
        if (!CanSubmit) return;
        _busy = true;
        try
        {
            if (!await Publish(new PostDraft(_body, PublishAt: PublishAtInstant))) return;
            (_body, _schedule, _publishAt) = ("", false, null);
            _posted++;
        }
        finally
        {
            _busy = false;
        }
    }
}
