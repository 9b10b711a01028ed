using EventFly.Client.Api;
using EventFly.Client.Contracts;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace EventFly.Client.Pages;

/// <summary><c>/settings/notifications</c>: how the participant wants reminders, pinned posts and feedback requests.</summary>
public sealed partial class NotificationSettings
{
    private static readonly Category[] Categories =
    [
        new("Reminders", "The day before an event (an hour before, for online events).", m => m.Reminders, (m, v) => m.Reminders = v),
        new("Pinned posts", "When the organizer pins a post in an event you have tickets for.", m => m.Posts, (m, v) => m.Posts = v),
        new("Feedback requests", "After an event, a question how it was.", m => m.FeedbackRequests, (m, v) => m.FeedbackRequests = v),
    ];

    private NotificationPreferencesDto? _model;
    private string? _loadError;
    private string? _saveError;
    private bool _saving;

    [Inject] private INotificationsApi Api { get; set; } = null!;

    [Inject] private ISnackbar Snackbar { get; set; } = null!;

    protected override async Task OnInitializedAsync()
    {
        // Loaded once interactive; prerendering shows the skeleton.
        if (!RendererInfo.IsInteractive) return;
        var result = await Api.GetPreferencesAsync(Aborted);
        if (result.Value is { } preferences) _model = preferences;
        else _loadError = Friendly(result, "load");
    }

    private async Task SaveAsync()
    {
        _saving = true;
        _saveError = null;
        try
        {
            var result = await Api.UpdatePreferencesAsync(_model!, Aborted);
            if (result.Succeeded) Snackbar.Add("Notification settings saved.", Severity.Success);
            else _saveError = Friendly(result, "save");
        }
        finally
        {
            _saving = false;
        }
    }

    /// <summary>A rule the server explains (400, 409, 422) in its words; anything else (down, not deployed, 5xx) in ours.</summary>
    private static string Friendly<T>(ApiResult<T> result, string verb) =>
        result.Status is 400 or 409 or 422 && result.Error is { } error
            ? error
            : $"We couldn't {verb} your notification settings just now. Please try again in a moment.";

    private sealed record Category(
        string Label, string Help, Func<NotificationPreferencesDto, NotificationChannel?> Get, Action<NotificationPreferencesDto, NotificationChannel?> Set);
}
