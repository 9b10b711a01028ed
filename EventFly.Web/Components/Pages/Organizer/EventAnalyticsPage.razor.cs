using EventFly.Domain.Common;
using EventFly.Services.Analytics.Contracts;
using EventFly.Services.Common;
using EventFly.Services.Events.Contracts;
using EventFly.Web.Infrastructure;
using Microsoft.AspNetCore.Components;

namespace EventFly.Web.Components.Pages.Organizer;

/// <summary>An event's dashboard for its staff with <c>analytics.view</c> (the service decides; refusals show as access denied).</summary>
public sealed partial class EventAnalyticsPage
{
    private EventAnalytics? _compare;
    private IReadOnlyList<EventView> _others = [];
    private Guid? _organizationId;
    private Guid? _compareId;
    private string? _compareMessage;
    private bool _ended;
    private Guid? _shown;

    [Inject(Key = PerCallScope.Key)] private IAnalyticsService Analytics { get; set; } = default!;

    [Inject(Key = PerCallScope.Key)] private IEventService EventsService { get; set; } = default!;

    [Inject] private TimeProvider Time { get; set; } = default!;

    [Parameter] public Guid EventId { get; set; }

    protected override async Task OnParametersSetAsync()
    {
        // Another event starts afresh; the same one (parameters set again) keeps its range and comparison.
        if (_shown == EventId) return;
        _shown = EventId;
        Reset();
        (_compare, _compareId, _compareMessage, _others, _organizationId, _ended) = (null, null, null, [], null, false);
        await LoadAsync();
        if (Data is null) return;
        if (await EventsService.GetSummaryAsync(EventId, default) is { } summary)
        {
            _organizationId = summary.OrganizationId;
            _ended = summary.EndsAt <= Time.GetUtcNow();
            _others = await OtherEventsAsync(summary.OrganizationId);
        }
    }

    protected override Task<EventAnalytics> FetchAsync(Actor actor, AnalyticsRange range) => Analytics.GetEventAsync(actor, EventId, range, default);

    protected override async Task LoadedAsync()
    {
        if (_compareId is { } other) await LoadComparisonAsync(other);
    }

    private async Task CompareAsync(Guid? eventId)
    {
        (_compareId, _compare, _compareMessage) = (eventId, null, null);
        if (eventId is { } other) await LoadComparisonAsync(other);
    }

    private async Task LoadComparisonAsync(Guid eventId)
    {
        try
        {
            _compare = await Analytics.GetEventAsync(await ActorAsync(), eventId, Range, default);
            _compareMessage = null;
        }
        catch (Exception ex) when (ex is NotFoundException or ForbiddenException)
        {
            (_compare, _compareMessage) = (null, "Your role does not show that event's analytics.");
        }
    }

    /// <summary>The organization's other events to compare with, newest first; none when the caller may not list them.</summary>
    private async Task<IReadOnlyList<EventView>> OtherEventsAsync(Guid organizationId)
    {
        try
        {
            var events = await EventsService.ListForOrganizationAsync(await ActorAsync(), organizationId, default);
            return [.. events.Where(e => e.Id != EventId && e.Status != EventState.Draft).OrderByDescending(e => e.StartsAt)];
        }
        catch (Exception ex) when (ex is NotFoundException or ForbiddenException)
        {
            return [];
        }
    }

}
