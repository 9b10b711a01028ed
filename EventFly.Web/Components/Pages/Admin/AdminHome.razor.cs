using EventFly.Services.Analytics.Contracts;
using EventFly.Services.Common;
using EventFly.Services.Organizations.Contracts;
using EventFly.Web.Infrastructure;
using Microsoft.AspNetCore.Components;

namespace EventFly.Web.Components.Pages.Admin;

/// <summary>The platform's dashboard (platform admins only: the route's role and the service both say so).</summary>
public sealed partial class AdminHome
{
    private IReadOnlyDictionary<Guid, string> _organizationNames = new Dictionary<Guid, string>();

    [Inject(Key = PerCallScope.Key)] private IAnalyticsService Analytics { get; set; } = default!;

    [Inject(Key = PerCallScope.Key)] private IOrganizationService Organizations { get; set; } = default!;

    protected override Task OnInitializedAsync() => LoadAsync();

    protected override Task<PlatformAnalytics> FetchAsync(Actor actor, AnalyticsRange range) => Analytics.GetPlatformAsync(actor, range, default);

    protected override async Task LoadedAsync() =>
        _organizationNames = await Organizations.GetNamesAsync([.. Data!.TopEvents.Select(e => e.OrganizationId).Distinct()], default);
}
