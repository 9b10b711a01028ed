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
        new("Reminders", "RemindersHelp", m => m.Reminders, (m, v) => m.Reminders = v),
        new("PinnedPosts", "PinnedPostsHelp", m => m.Posts, (m, v) => m.Posts = v),
        new("FeedbackRequests", "FeedbackRequestsHelp", m => m.FeedbackRequests, (m, v) => m.FeedbackRequests = v),
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
        else _loadError = Friendly(result, L["NotifLoadFailed"]);
    }

    private async Task SaveAsync()
    {
        _saving = true;
        _saveError = null;
        try
        {
            var result = await Api.UpdatePreferencesAsync(_model!, Aborted);
            if (result.Succeeded) Snackbar.Add(L["NotifSaved"], Severity.Success);
            else _saveError = Friendly(result, L["NotifSaveFailed"]);
        }
        finally
        {
            _saving = false;
        }
    }

    /// <summary>A rule the server explains (400, 409, 422) in its words; anything else (down, not deployed, 5xx) in ours.</summary>
    private static string Friendly<T>(ApiResult<T> result, string ours) =>
        result.Status is 400 or 409 or 422 && result.Error is { } error
            ? error
            : ours;

    private sealed record Category(
        string LabelKey, string HelpKey, Func<NotificationPreferencesDto, NotificationChannel?> Get, Action<NotificationPreferencesDto, NotificationChannel?> Set);
}
