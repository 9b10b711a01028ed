using EventFly.Services.Analytics.Contracts;
using EventFly.Services.Common;
using EventFly.Services.Organizations.Contracts;
using EventFly.Web.Infrastructure;
using Microsoft.AspNetCore.Components;

namespace EventFly.Web.Components.Pages.Organizer;

/// <summary>An organization's dashboard for its members with <c>analytics.view</c> for the whole organization, and platform admins.</summary>
public sealed partial class OrganizationAnalyticsPage
{
    private string? _name;
    private bool _member;
    private Guid? _shown;

    [Inject(Key = PerCallScope.Key)] private IAnalyticsService Analytics { get; set; } = default!;

    [Inject(Key = PerCallScope.Key)] private IOrganizationService Organizations { get; set; } = default!;

    [Parameter] public Guid OrgId { get; set; }

    protected override async Task OnParametersSetAsync()
    {
        if (_shown == OrgId) return;
        _shown = OrgId;
        Reset();
        (_name, _member) = (null, false);
        await LoadAsync();
        if (Data is null) return;
        // Named once the service has let the caller in; platform admins may look at organizations they are not members of.
        _name = (await Organizations.GetNamesAsync([OrgId], default)).GetValueOrDefault(OrgId);
        _member = (await Organizations.ListMineAsync(await ActorAsync(), default)).Any(o => o.Id == OrgId);
    }

    protected override Task<OrganizationAnalytics> FetchAsync(Actor actor, AnalyticsRange range) =>
        Analytics.GetOrganizationAsync(actor, OrgId, range, default);
}
