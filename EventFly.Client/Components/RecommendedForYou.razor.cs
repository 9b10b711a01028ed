using EventFly.Client.Api;
using EventFly.Client.Contracts;
using EventFly.Client.Recommendations;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace EventFly.Client.Components;

/// <summary>
/// The signed-in participant's recommendations on the home page: reasons on each card, "not interested" that hides a
/// card at once (with a moment to undo before the server hears of it), and the browser's location only when asked for.
/// Loads once interactive: the list is personal, and a prerendered guess would only flicker.
/// </summary>
public sealed partial class RecommendedForYou
{
    private readonly Dictionary<Guid, CancellationTokenSource> _pendingDismissals = [];
    private List<RecommendationResponse>? _items;
    private string? _error;
    private (double Latitude, double Longitude)? _near;
    private bool _locating;
    private string? _locationError;
    private bool _gone;

    [Inject] private IRecommendationsApi Api { get; set; } = default!;

    [Inject] private IGeolocation Geolocation { get; set; } = default!;

    [Inject] private ISnackbar Snackbar { get; set; } = default!;

    /// <summary>How many cards show; twice as many are fetched, so a dismissed card makes room for the next one.</summary>
    [Parameter] public int VisibleCount { get; set; } = 6;

    /// <summary>How long "Undo" is offered before the dismissal goes to the server.</summary>
    [Parameter] public TimeSpan UndoWindow { get; set; } = TimeSpan.FromSeconds(5);

    protected override async Task OnInitializedAsync()
    {
        if (RendererInfo.IsInteractive) await LoadAsync();
    }

    private async Task LoadAsync()
    {
        _items = null;
        _error = null;
        var result = await Api.GetForMeAsync(new RecommendationQuery
        {
            Limit = Math.Clamp(VisibleCount * 2, 1, 50),
            Latitude = _near?.Latitude,
            Longitude = _near?.Longitude,
        }, Aborted);
        if (result.Value is { } list)
            _items = [.. list.Where(r => !_pendingDismissals.ContainsKey(r.Event.Id))];
        else
            _error = result.Error ?? "unknown";
    }

    private async Task UseMyLocationAsync()
    {
        _locating = true;
        _locationError = null;
        try
        {
            var position = await Geolocation.GetPositionAsync(Aborted);
            if (position is { Latitude: { } latitude, Longitude: { } longitude })
            {
                // Kept in this page only: the profile's location stays what the participant saved.
                _near = (latitude, longitude);
                await LoadAsync();
            }
            else
            {
                _locationError = position.Error;
            }
        }
        finally
        {
            _locating = false;
        }
    }

    private Task UseProfileLocationAsync()
    {
        _near = null;
        return LoadAsync();
    }

    private async Task DismissAsync(RecommendationResponse item)
    {
        if (_items is null || !_items.Remove(item)) return;
        using var undo = new CancellationTokenSource();
        _pendingDismissals[item.Event.Id] = undo;
        Snackbar.Add(L["Hidden", item.Event.Name], Severity.Normal, options =>
        {
            options.Action = L["Undo"];
            options.ActionColor = Color.Primary;
            options.VisibleStateDuration = (int)Math.Max(UndoWindow.TotalMilliseconds, 1);
            options.CloseAfterNavigation = true;
            options.OnClick = _ => InvokeAsync(() => Undo(item, undo));
        });

        try
        {
            await Task.Delay(UndoWindow, undo.Token);
        }
        catch (OperationCanceledException)
        {
            return;
        }
        finally
        {
            _pendingDismissals.Remove(item.Event.Id);
        }

        // Not tied to the page: leaving it within the undo window still sends the dismissal.
        var result = await Api.DismissAsync(item.Event.Id, CancellationToken.None);
        if (!result.Succeeded && !_gone)
        {
            Restore(item);
            Snackbar.Add(L["HideFailed", item.Event.Name], Severity.Warning);
        }
    }

    private void Undo(RecommendationResponse item, CancellationTokenSource undo)
    {
        if (!_pendingDismissals.ContainsKey(item.Event.Id)) return;
        undo.Cancel();
        Restore(item);
        StateHasChanged();
    }

    // Back where it was: the server sends the list best first.
    private void Restore(RecommendationResponse item)
    {
        if (_items is null) return;
        _items = [.. _items.Append(item).OrderByDescending(r => r.Score)];
    }

    protected override void Dispose(bool disposing)
    {
        _gone = true;
        base.Dispose(disposing);
    }
}
