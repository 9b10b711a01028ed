using System.Net.Http;
using EventFly.Client.Components;
using EventFly.Client.Contracts;
using EventFly.Client;
using EventFly.Domain.Common;
using EventFly.Domain.Organizations;
using EventFly.Services.Common;
using EventFly.Services.Events.Contracts;
using EventFly.Services.Organizations.Contracts;
using EventFly.Services.Ticketing.Contracts;
using EventFly.Web.Components.Organizer;
using EventFly.Web.Components;
using EventFly.Web.Endpoints;
using EventFly.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.AspNetCore.Components.Routing;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;
using MudBlazor;
using static Microsoft.AspNetCore.Components.Web.RenderMode;

namespace EventFly.Web.Components.Pages.Organizer;

public sealed partial class CheckIn
{
    [Inject(Key = PerCallScope.Key)] private IEventService EventsService { get; set; } = default!;
    [Inject(Key = PerCallScope.Key)] private ICheckInService CheckIns { get; set; } = default!;

    private readonly CheckInRequest _request = new();
    private readonly List<ScanResult> _history = [];
    private EventView? _event;
    private CheckInStats _stats = new(0, 0);
    private ScanResult? _result;
    private bool _loaded;
    private bool _allowed;
    private bool _busy;
    private bool _cameraSupported;
    private bool _scanning;
    private ElementReference _video;
    private MudTextField<string>? _codeField;
    private IJSObjectReference? _scanner;
    private DotNetObjectReference<CheckIn>? _self;
    private Timer? _refresh;

    [Parameter] public Guid EventId { get; set; }

    private TimeZoneInfo Zone => TimeZoneInfo.TryFindSystemTimeZoneById(_event!.TimeZone, out var zone) ? zone : TimeZoneInfo.Utc;

    protected override async Task OnParametersSetAsync()
    {
        if (await FindEventAsync(EventId) is { } grant)
        {
            _allowed = grant.Has(Permissions.CheckinScan);
            if (_allowed)
            {
                var actor = await ActorAsync();
                _event = await EventsService.GetAsync(actor, EventId, default);
                _stats = await CheckIns.GetStatsAsync(actor, EventId, default);
                // Other doors check people in too: the counter follows them.
                _refresh ??= new Timer(_ => InvokeAsync(async () =>
                {
                    _stats = await CheckIns.GetStatsAsync(actor, EventId, default);
                    StateHasChanged();
                }), null, TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(10));
            }
        }
        _loaded = true;
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!firstRender || !RendererInfo.IsInteractive) return;
        _scanner = await JS.InvokeAsync<IJSObjectReference>("import", "/js/qr-scanner.js");
        _cameraSupported = await _scanner.InvokeAsync<bool>("isSupported");
        StateHasChanged();
    }

    [JSInvokable]
    public async Task OnScanned(string code)
    {
        _request.Code = code;
        await SubmitAsync();
        StateHasChanged();
    }

    private async Task SubmitAsync()
    {
        if (string.IsNullOrWhiteSpace(_request.Code) || _busy) return;
        _busy = true;
        try
        {
            var admitted = await CheckIns.CheckInAsync(await ActorAsync(), EventId, _request.Code, default);
            Show(new ScanResult(Severity.Success, $"Admit {admitted.AttendeeName}", $"{admitted.TicketTypeName} · {admitted.AccessLevel}"));
        }
        catch (ForbiddenException)
        {
            Show(new ScanResult(Severity.Error, "Not allowed", "Your role no longer allows check-in. Reload the page."));
        }
        catch (DomainException ex)
        {
            Show(new ScanResult(Severity.Error, "Do not admit", ex.Message));
        }
        catch (NotFoundException)
        {
            Show(new ScanResult(Severity.Error, "Unknown ticket", "No ticket of this event has that code."));
        }
        finally
        {
            _busy = false;
            _request.Code = "";
        }
        _stats = await CheckIns.GetStatsAsync(await ActorAsync(), EventId, default);
        if (_codeField is not null) await _codeField.FocusAsync();
    }

    private void Show(ScanResult result)
    {
        _result = result with { At = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, Zone).ToString("HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture) };
        _history.Insert(0, _result);
        if (_history.Count > 10) _history.RemoveAt(10);
    }

    private async Task ToggleCameraAsync()
    {
        if (_scanner is null) return;
        if (_scanning)
        {
            await _scanner.InvokeVoidAsync("stop");
            _scanning = false;
            return;
        }
        _self ??= DotNetObjectReference.Create(this);
        try
        {
            _scanning = true;
            await _scanner.InvokeVoidAsync("start", _video, _self);
        }
        catch (JSException ex)
        {
            _scanning = false;
            Snackbar.Add($"The camera could not start: {ex.Message}", Severity.Error);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_refresh is not null) await _refresh.DisposeAsync();
        if (_scanner is not null)
        {
            try
            {
                await _scanner.InvokeVoidAsync("stop");
                await _scanner.DisposeAsync();
            }
            catch (JSDisconnectedException)
            {
                // The circuit is gone; the browser stopped the camera with the page.
            }
        }
        _self?.Dispose();
    }

    private sealed record ScanResult(Severity Severity, string Title, string Detail, string At = "");
}
