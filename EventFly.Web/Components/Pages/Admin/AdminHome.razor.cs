using EventFly.Services.Analytics.Contracts;
using EventFly.Services.Organizations.Contracts;
using EventFly.Web.Infrastructure;
using Microsoft.AspNetCore.Components;

namespace EventFly.Web.Components.Pages.Admin;

/// <summary>The platform's dashboard (platform admins only: the route's role and the service both say so).</summary>
public sealed partial class AdminHome
{
    private PlatformAnalytics? _data;
    private IReadOnlyDictionary<Guid, string> _organizationNames = new Dictionary<Guid, string>();
    private AnalyticsRange _range = AnalyticsRange.All;
    private bool _loading;
    private bool _failed;

    [Inject(Key = PerCallScope.Key)] private IAnalyticsService Analytics { get; set; } = default!;

    [Inject(Key = PerCallScope.Key)] private IOrganizationService Organizations { get; set; } = default!;

    [Inject] private ILogger<AdminHome> Logger { get; set; } = default!;

    protected override Task OnInitializedAsync() => LoadAsync();

    private async Task LoadAsync()
    {
        _loading = true;
        try
        {
            _data = await Analytics.GetPlatformAsync(await ActorAsync(), _range, default);
            _organizationNames = await Organizations.GetNamesAsync([.. _data.TopEvents.Select(e => e.OrganizationId).Distinct()], default);
            _failed = false;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogLoadFailed(Logger, ex);
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

    [LoggerMessage(Level = LogLevel.Error, Message = "The platform's analytics could not be loaded")]
    private static partial void LogLoadFailed(ILogger logger, Exception exception);
}
