using EventFly.Domain.Common;
using EventFly.Services.Events.Contracts;
using EventFly.Web.Infrastructure;
using Microsoft.AspNetCore.Components;

namespace EventFly.Web.Components.Pages.Organizer;

/// <summary>
/// An event's live channel for its staff: feed, Q&amp;A, polls and quizzes, one tab each. Staff follow it; those with
/// <c>feed.manage</c> moderate it. <c>?tab=feed|qa|polls|quizzes</c> opens a tab directly.
/// </summary>
public sealed partial class EventLive
{
    private static readonly string[] Tabs = ["feed", "qa", "polls", "quizzes"];

    [Inject(Key = PerCallScope.Key)] private IEventService EventsService { get; set; } = default!;

    [Inject] private NavigationManager Navigation { get; set; } = default!;

    private EventView? _event;
    private Guid _loadedFor;
    private bool _loaded;
    private bool _canModerate;
    private int _tab;

    [Parameter] public Guid EventId { get; set; }

    [SupplyParameterFromQuery(Name = "tab")] public string? Tab { get; set; }

    protected override async Task OnParametersSetAsync()
    {
        _tab = Math.Max(0, Array.IndexOf(Tabs, Tab ?? Tabs[0]));
        if (_loaded && _loadedFor == EventId) return;
        (_event, _canModerate) = (null, false);
        // The channel's staff: members covering this event (the audience uses the participant app's live page).
        if (await FindEventAsync(EventId) is { IsStaff: true } grant)
        {
            _canModerate = grant.Has(Permissions.FeedManage);
            _event = await EventsService.GetAsync(await ActorAsync(), EventId, default);
        }
        (_loaded, _loadedFor) = (true, EventId);
    }

    /// <summary>
    /// The address follows the tab the user clicked, so a reload or a shared link opens the same one. (Not on
    /// ActivePanelIndexChanged: MudTabs raises that too while its panels are disposed, when the user leaves the page.)
    /// </summary>
    private void Remember(int index) => Navigation.NavigateTo(Navigation.GetUriWithQueryParameter("tab", Tabs[index]), replace: true);
}
