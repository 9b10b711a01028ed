using System.ComponentModel.DataAnnotations;
using EventFly.Client.Contracts;
using EventFly.Client.Door;
using EventFly.Client.Resources;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;
using MudBlazor;

namespace EventFly.Client.Pages;

/// <summary>
/// The offline door scanner for staff with <c>checkin.scan</c> (ADR 0031). It runs in the WebAssembly app, so it keeps
/// checking tickets when the network is gone; all state lives in <see cref="DoorScanner"/> and IndexedDB.
/// </summary>
public sealed partial class DoorPage
{
    private readonly DoorForm _door = new();
    private readonly CheckInRequest _scan = new();
    private DotNetObjectReference<DoorPage>? _self;
    private IJSObjectReference? _camera;
    private MudTextField<string>? _codeField;
    private ElementReference _video;
    private DoorDecision? _decision;
    private bool _loaded;
    private bool _busy;
    private bool _cameraSupported;
    private bool _scanning;

    [Parameter] public Guid EventId { get; set; }

    [Inject] private DoorScanner Scanner { get; set; } = default!;

    [Inject] private DoorStore Store { get; set; } = default!;

    [Inject] private IJSRuntime JS { get; set; } = default!;

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        // Prerendering has no IndexedDB and no connection state: everything starts once the page runs in the browser.
        if (!firstRender || !RendererInfo.IsInteractive) return;
        _self = DotNetObjectReference.Create(this);
        var online = await Store.WatchConnectionAsync(_self);
        await Scanner.LoadAsync(EventId, online);
        _loaded = true;
        StateHasChanged();
        await LoadCameraAsync();
    }

    [JSInvokable]
    public async Task OnConnectionChanged(bool online)
    {
        Scanner.Online = online;
        StateHasChanged();
        if (!online) return;
        await Scanner.SyncAsync();
        StateHasChanged();
    }

    /// <summary>A code the camera read (wwwroot/js/qr-scanner.js of the host).</summary>
    [JSInvokable]
    public async Task OnScanned(string code)
    {
        _scan.Code = code;
        await ScanAsync();
        StateHasChanged();
    }

    private async Task SaveDoorAsync()
    {
        await Scanner.SetDoorAsync(_door.Name);
        if (Scanner.List is null && Scanner.Online) await Scanner.DownloadAsync();
    }

    private async Task DownloadAsync()
    {
        _busy = true;
        await Scanner.DownloadAsync();
        _busy = false;
    }

    private async Task ScanAsync()
    {
        if (string.IsNullOrWhiteSpace(_scan.Code)) return;
        _busy = true;
        try
        {
            _decision = await Scanner.ScanAsync(_scan.Code);
            // Online, the admitted scan goes to the server at once; offline it waits in the queue.
            if (_decision.Verdict == DoorVerdict.Admitted && Scanner.Online) await Scanner.SyncAsync();
        }
        finally
        {
            _scan.Code = "";
            _busy = false;
        }
        if (_codeField is not null) await _codeField.FocusAsync();
    }

    private async Task SyncAsync()
    {
        _busy = true;
        await Scanner.SyncAsync();
        _busy = false;
    }

    private async Task LoadCameraAsync()
    {
        try
        {
            _camera = await JS.InvokeAsync<IJSObjectReference>("import", "/js/qr-scanner.js");
            _cameraSupported = await _camera.InvokeAsync<bool>("isSupported");
            StateHasChanged();
        }
        catch (JSException)
        {
            // Loaded offline before the camera script was ever cached: typing the code still works.
        }
    }

    private async Task ToggleCameraAsync()
    {
        if (_camera is null) return;
        _scanning = !_scanning;
        if (_scanning) await _camera.InvokeVoidAsync("start", _video, _self);
        else await _camera.InvokeVoidAsync("stop");
    }

    private static string IconOf(DoorScan scan) => scan.Result switch
    {
        null => Icons.Material.Outlined.CloudQueue,
        OfflineScanState.CheckedIn => Icons.Material.Filled.CheckCircle,
        _ => Icons.Material.Filled.Warning,
    };

    private static Color ColorOf(DoorScan scan) => scan.Result switch
    {
        null => Color.Info,
        OfflineScanState.CheckedIn => Color.Success,
        _ => Color.Warning,
    };

    private string StateOf(DoorScan scan) => scan.Result switch
    {
        null => L["WaitingToSync"],
        OfflineScanState.CheckedIn => L["Synced"],
        OfflineScanState.AlreadyCheckedIn => L["ConflictState"],
        _ => scan.Reason == "ticket_cancelled" ? L["CancelledTicket"] : L["RefusedByServer"],
    };

    public async ValueTask DisposeAsync()
    {
        if (_camera is not null)
        {
            try
            {
                await _camera.InvokeVoidAsync("stop");
                await _camera.DisposeAsync();
            }
            catch (JSDisconnectedException)
            {
                // The page is gone with its camera.
            }
        }
        _self?.Dispose();
    }

    private sealed class DoorForm
    {
        [Required(ErrorMessageResourceType = typeof(TicketTexts), ErrorMessageResourceName = nameof(TicketTexts.NameThisDoor)), StringLength(64)]
        public string Name { get; set; } = "";
    }
}
