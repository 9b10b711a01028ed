using EventFly.Domain.Common;
using EventFly.Services.Common;
using EventFly.Services.Events.Contracts;
using Microsoft.AspNetCore.Components;

namespace EventFly.Web.Components.Organizer.Live;

/// <summary>
/// A tab of the portal's live page: loads its lists, then reloads them every few seconds while it is shown (MudTabs
/// renders only the active panel, so switching tabs disposes this and stops its timer).
/// </summary>
/// <remarks>
/// Why a timer and not the hub: this component runs in a Blazor Server circuit on the server. The live hub pushes to
/// browsers that joined <c>/hubs/live</c>; a circuit is not a SignalR client of its own hub (it would need a
/// <c>HubConnection</c> back to the same host, carrying the user's cookie, per circuit). Re-reading one tab's lists every
/// <see cref="RefreshEvery"/> costs a few indexed queries and keeps moderation current; the projector host screen and the
/// participants' pages run in the browser, join the hub and get true pushes.
/// </remarks>
public abstract partial class LiveTabBase : OrganizerComponentBase, IAsyncDisposable
{
    /// <summary>How often a shown tab re-reads its lists.</summary>
    public static readonly TimeSpan RefreshEvery = TimeSpan.FromSeconds(2.5);

    private readonly CancellationTokenSource _stop = new();
    // One load at a time: an action's reload waits for a tick's load, so the newest state is applied last.
    private readonly SemaphoreSlim _loading = new(1, 1);
    private PeriodicTimer? _timer;
    private Task? _loop;
    private bool _disposed;

    [Inject] private ILogger<LiveTabBase> Log { get; set; } = default!;

    [Parameter, EditorRequired] public EventView Event { get; set; } = null!;

    /// <summary>The user holds <c>feed.manage</c> for the event: moderation buttons are shown (the services check again).</summary>
    [Parameter] public bool CanModerate { get; set; }

    /// <summary>The first load is done (or failed: see <see cref="LoadError"/>).</summary>
    protected bool Loaded { get; private set; }

    /// <summary>Why the lists could not be read, or null; a refresh that succeeds clears it.</summary>
    protected string? LoadError { get; private set; }

    /// <summary>Cancelled when the tab goes away.</summary>
    protected CancellationToken Aborted => _stop.Token;

    protected TimeZoneInfo Zone => TimeZoneInfo.TryFindSystemTimeZoneById(Event.TimeZone, out var zone) ? zone : TimeZoneInfo.Utc;

    /// <summary>Reads the tab's lists into its fields.</summary>
    protected abstract Task LoadAsync(Actor actor, CancellationToken cancellationToken);

    protected override Task OnParametersSetAsync() => ReloadAsync();

    protected override void OnAfterRender(bool firstRender)
    {
        // Prerendering renders once and throws the component away: only the interactive one keeps its lists current.
        if (!firstRender || !RendererInfo.IsInteractive || _disposed) return;
        _timer = new PeriodicTimer(RefreshEvery);
        _loop = RefreshLoopAsync(_timer);
    }

    /// <summary>Reads the lists again (after an action, or on a tick); a failure becomes <see cref="LoadError"/>.</summary>
    protected async Task ReloadAsync()
    {
        if (_disposed) return;
        await _loading.WaitAsync(Aborted);
        try
        {
            await LoadAsync(await ActorAsync(), Aborted);
            LoadError = null;
        }
        catch (ForbiddenException)
        {
            LoadError = "Your role no longer allows this. Reload the page.";
        }
        catch (NotFoundException)
        {
            LoadError = "This event is no longer available.";
        }
        finally
        {
            Loaded = true;
            _loading.Release();
        }
    }

    /// <summary>Runs a change through <see cref="OrganizerComponentBase.TryAsync"/>, then reloads: a refusal (poll closed meanwhile) shows the current state.</summary>
    protected async Task<bool> ActAsync(Func<Actor, Task> change, string? success = null)
    {
        var done = await TryAsync(async () => await change(await ActorAsync()), success);
        await ReloadAsync();
        return done;
    }

    /// <summary>For dialogs that show the refusal themselves: runs the change, returns why it was refused, or null when done.</summary>
    protected async Task<string?> RefusalOfAsync(Func<Actor, Task> change)
    {
        try
        {
            await change(await ActorAsync());
            return null;
        }
        catch (ForbiddenException)
        {
            return "Your role does not allow this. Reload the page.";
        }
        catch (DomainException ex)
        {
            return ex.Message;
        }
        catch (NotFoundException ex)
        {
            return ex.Message;
        }
    }

    protected string Local(DateTimeOffset instant, string format = "ddd d MMM HH:mm") =>
        TimeZoneInfo.ConvertTime(instant, Zone).ToString(format, System.Globalization.CultureInfo.InvariantCulture);

    private async Task RefreshLoopAsync(PeriodicTimer timer)
    {
        try
        {
            while (await timer.WaitForNextTickAsync(Aborted))
            {
                // A tick while an action's reload is under way is skipped: that reload brings the news.
                if (_loading.CurrentCount == 0) continue;
                await InvokeAsync(async () =>
                {
                    try
                    {
                        await ReloadAsync();
                    }
                    catch (Exception ex) when (ex is not OperationCanceledException)
                    {
                        // A failed tick (the database away for a moment) says so and tries again on the next one.
                        LogRefreshFailed(Log, ex, Event.Id);
                        LoadError = "Could not refresh; trying again.";
                    }
                    if (!_disposed) StateHasChanged();
                });
            }
        }
        catch (OperationCanceledException)
        {
            // The tab was closed.
        }
        catch (ObjectDisposedException)
        {
            // The circuit went away between two ticks.
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refreshing a live tab of event {EventId} failed")]
    private static partial void LogRefreshFailed(ILogger logger, Exception exception, Guid eventId);

    public async ValueTask DisposeAsync()
    {
        if (_disposed) return;
        _disposed = true;
        await _stop.CancelAsync();
        _timer?.Dispose();
        if (_loop is not null) await _loop;
        _stop.Dispose();
        _loading.Dispose();
        GC.SuppressFinalize(this);
    }
}
