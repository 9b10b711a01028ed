using EventFly.Client.Api;
using EventFly.Client.Contracts;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace EventFly.Client.Components;

/// <summary>
/// The app bar's bell: the unread count (live through <see cref="INotificationFeed"/>), and on open the newest
/// notifications, reloaded each time. Rendered only for signed-in users on an interactive renderer.
/// </summary>
public sealed partial class NotificationBell
{
    private const int PageSize = 10;
    private int _unread;
    private List<NotificationDto>? _items;
    private string? _error;

    [Inject] private INotificationsApi Api { get; set; } = null!;

    [Inject] private INotificationFeed Feed { get; set; } = null!;

    [Inject] private NavigationManager Navigation { get; set; } = null!;

    [Inject] private ISnackbar Snackbar { get; set; } = null!;

    [Inject] private TimeProvider Time { get; set; } = null!;

    private string AriaLabel => _unread == 0 ? "Notifications" : $"Notifications, {_unread} unread";

    protected override async Task OnInitializedAsync()
    {
        Feed.Received += OnReceivedAsync;
        Feed.UnreadChanged += OnUnreadChangedAsync;
        Feed.Resynchronise += OnResynchroniseAsync;
        await Feed.StartAsync(Aborted);
        await LoadAsync();
    }

    protected override void Dispose(bool disposing)
    {
        Feed.Received -= OnReceivedAsync;
        Feed.UnreadChanged -= OnUnreadChangedAsync;
        Feed.Resynchronise -= OnResynchroniseAsync;
        base.Dispose(disposing);
    }

    private async Task LoadAsync()
    {
        var result = await Api.GetAsync(1, PageSize, Aborted);
        if (result.Value is { } list)
        {
            _items = [.. list.Items];
            _unread = list.Unread;
            _error = null;
        }
        else
        {
            // The count stays as it was; the list says why it is missing, in words rather than a status code.
            _error = "We couldn't load your notifications just now. Please try again in a moment.";
        }
    }

    private Task OnOpenChanged(bool open) => open ? LoadAsync() : Task.CompletedTask;

    private Task OnReceivedAsync(NotificationReceivedDto pushed) => InvokeAsync(() =>
    {
        _unread = pushed.Unread;
        _items?.Insert(0, pushed.Notification);
        Snackbar.Add(pushed.Notification.Title, Severity.Info);
        StateHasChanged();
    });

    private Task OnUnreadChangedAsync(int unread) => InvokeAsync(() =>
    {
        _unread = unread;
        StateHasChanged();
    });

    private Task OnResynchroniseAsync() => InvokeAsync(async () =>
    {
        await LoadAsync();
        StateHasChanged();
    });

    private async Task OpenAsync(NotificationDto item)
    {
        if (item.ReadAt is null)
        {
            var marked = await Api.MarkReadAsync(new MarkNotificationsReadRequest { Ids = [item.Id] }, Aborted);
            if (marked.Succeeded) MarkLocally(item.Id);
        }
        if (item.Link is { Length: > 0 } link) Navigation.NavigateTo(link);
    }

    private async Task MarkAllAsync()
    {
        var marked = await Api.MarkReadAsync(new MarkNotificationsReadRequest { All = true }, Aborted);
        if (!marked.Succeeded)
        {
            Snackbar.Add(marked.Error ?? "Could not mark them read.", Severity.Error);
            return;
        }
        _unread = 0;
        if (_items is not null) _items = [.. _items.Select(i => i.ReadAt is null ? i with { ReadAt = Time.GetUtcNow() } : i)];
    }

    private void MarkLocally(Guid id)
    {
        if (_items is null) return;
        var index = _items.FindIndex(i => i.Id == id);
        if (index < 0) return;
        _items[index] = _items[index] with { ReadAt = Time.GetUtcNow() };
        _unread = Math.Max(0, _unread - 1);
    }
}
