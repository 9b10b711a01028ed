using EventFly.Domain.Common;
using EventFly.Services.Analytics.Contracts;
using EventFly.Services.Organizations.Contracts;
using EventFly.Web.Infrastructure;
using Microsoft.AspNetCore.Components;

namespace EventFly.Web.Components.Pages.Organizer;

/// <summary>An organization's dashboard for its members with <c>analytics.view</c> for the whole organization, and platform admins.</summary>
public sealed partial class OrganizationAnalyticsPage
{
    private OrganizationAnalytics? _data;
    private AnalyticsRange _range = AnalyticsRange.All;
    private string? _name;
    private bool _member;
    private bool _loading;
    private bool _failed;
    private bool _denied;
    private Guid? _shown;

    [Inject(Key = PerCallScope.Key)] private IAnalyticsService Analytics { get; set; } = default!;

    [Inject(Key = PerCallScope.Key)] private IOrganizationService Organizations { get; set; } = default!;

    [Inject] private ILogger<OrganizationAnalyticsPage> Logger { get; set; } = default!;

    [Parameter] public Guid OrgId { get; set; }

    protected override async Task OnParametersSetAsync()
    {
        if (_shown == OrgId) return;
        _shown = OrgId;
        (_data, _range, _name, _member, _denied, _failed) = (null, AnalyticsRange.All, null, false, false, false);
        await LoadAsync();
        if (_data is null) return;
        // Named once the service has let the caller in; platform admins may look at organizations they are not members of.
        _name = (await Organizations.GetNamesAsync([OrgId], default)).GetValueOrDefault(OrgId);
        _member = (await Organizations.ListMineAsync(await ActorAsync(), default)).Any(o => o.Id == OrgId);
    }

    private async Task LoadAsync()
    {
        _loading = true;
        try
        {
            _data = await Analytics.GetOrganizationAsync(await ActorAsync(), OrgId, _range, default);
            _failed = false;
        }
        catch (Exception ex) when (ex is NotFoundException or ForbiddenException)
        {
            _denied = true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogLoadFailed(Logger, ex, OrgId);
            _failed = true;
        }
        finally
        {
            _loading = false;
        }
    }

    private async Task ChangeRangeAsync(AnalyticsRange range)
    {
        _range = range;
        await LoadAsync();
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Analytics of organization {OrganizationId} could not be loaded")]
    private static partial void LogLoadFailed(ILogger logger, Exception exception, Guid organizationId);
}
