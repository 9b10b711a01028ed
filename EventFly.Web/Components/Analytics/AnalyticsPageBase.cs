using EventFly.Domain.Common;
using EventFly.Services.Analytics.Contracts;
using EventFly.Services.Common;
using EventFly.Web.Components.Organizer;
using Microsoft.AspNetCore.Components;

namespace EventFly.Web.Components.Analytics;

/// <summary>
/// A dashboard page: its numbers for a date range, loaded through the Analytics service (which decides who may see
/// them: a refusal or an unknown subject is <see cref="Denied"/>), with a failed load kept apart from the numbers shown.
/// </summary>
public abstract partial class AnalyticsPageBase<TData> : OrganizerComponentBase where TData : class
{
    protected TData? Data { get; private set; }

    protected AnalyticsRange Range { get; private set; } = AnalyticsRange.All;

    protected bool Loading { get; private set; }

    protected bool Failed { get; private set; }

    protected bool Denied { get; private set; }

    [Inject] private ILogger<AnalyticsPageBase<TData>> Logger { get; set; } = default!;

    /// <summary>The dashboard's numbers for <paramref name="range"/>, as the service answers them for <paramref name="actor"/>.</summary>
    protected abstract Task<TData> FetchAsync(Actor actor, AnalyticsRange range);

    /// <summary>After each successful load (what the page loads beside the numbers).</summary>
    protected virtual Task LoadedAsync() => Task.CompletedTask;

    /// <summary>Forgets what was shown: another subject starts afresh, over all days.</summary>
    protected void Reset() => (Data, Range, Loading, Failed, Denied) = (null, AnalyticsRange.All, false, false, false);

    protected async Task LoadAsync()
    {
        Loading = true;
        try
        {
            Data = await FetchAsync(await ActorAsync(), Range);
            Failed = false;
            await LoadedAsync();
        }
        catch (Exception ex) when (ex is NotFoundException or ForbiddenException)
        {
            Denied = true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogLoadFailed(Logger, ex, GetType().Name);
            Failed = true;
        }
        finally
        {
            Loading = false;
        }
    }

    protected async Task ChangeRangeAsync(AnalyticsRange range)
    {
        Range = range;
        await LoadAsync();
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The analytics of {Page} could not be loaded")]
    private static partial void LogLoadFailed(ILogger logger, Exception exception, string page);
}
