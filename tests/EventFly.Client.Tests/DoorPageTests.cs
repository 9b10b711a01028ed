using Bunit;
using EventFly.Client.Api;
using EventFly.Client.Contracts;
using EventFly.Client.Door;
using EventFly.Client.Pages;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace EventFly.Client.Tests;

/// <summary>The offline door scanner page over a door store kept in memory (IndexedDB in the browser), offline.</summary>
public sealed class DoorPageTests : MudBlazorTestContext
{
    private static readonly Guid EventId = Guid.Parse("3d0c7b1e-5a6f-4c2d-8e9a-1b2c3d4e5f60");
    private readonly BunitJSModuleInterop _store;

    public DoorPageTests()
        : base(c => c.Services.AddSingleton<IDoorApi>(new NoDoorApi()).AddScoped<DoorStore>().AddScoped<DoorScanner>())
    {
        SetRendererInfo(new RendererInfo("WebAssembly", isInteractive: true));
        _store = JSInterop.SetupModule("/js/door-store.js");
        _store.Setup<bool>("watchConnection", _ => true).SetResult(false);
        _store.Setup<string?>("getSetting", i => Equals(i.Arguments[0], "deviceId")).SetResult("device-1");
        _store.Setup<List<DoorScan>>("getScans", _ => true).SetResult([]);
    }

    [Fact]
    public void InGerman_AskingForTheDoor_ReadsGerman_AndSoDoesItsValidation()
    {
        using var german = new GermanCulture();
        _store.Setup<string?>("getSetting", i => Equals(i.Arguments[0], "doorName")).SetResult(null);

        var page = Render<DoorPage>(p => p.Add(d => d.EventId, EventId));

        page.WaitForAssertion(() => Assert.Contains("Welcher Eingang ist das?", page.Markup, StringComparison.Ordinal));
        Assert.Contains("Einlass-Scanner", page.Find("h1").TextContent, StringComparison.Ordinal);
        Assert.Contains("Offline", page.Find("[data-testid=door-connection]").TextContent, StringComparison.Ordinal);
        Assert.Contains("0 zu synchronisieren", page.Find("[data-testid=door-queue]").TextContent, StringComparison.Ordinal);
        Assert.Contains("Scannen starten", page.Find("[data-testid=door-name-save]").TextContent, StringComparison.Ordinal);

        page.Find("form").Submit();

        Assert.Contains("Gib diesem Eingang einen Namen, z. B. Eingang 2.", page.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void InGerman_ScanningTheSameTicketTwice_AdmitsItOnce_InGerman()
    {
        using var german = new GermanCulture();
        _store.Setup<string?>("getSetting", i => Equals(i.Arguments[0], "doorName")).SetResult("Eingang 1");
        _store.Setup<DoorListResponse?>("getList", _ => true).SetResult(
            new DoorListResponse(EventId, "Jazznacht", DateTimeOffset.UtcNow, [new DoorListEntryResponse("hash-1", "Stehplatz", "General", null, null)]));
        _store.Setup<string>("hash", _ => true).SetResult("hash-1");

        var page = Render<DoorPage>(p => p.Add(d => d.EventId, EventId));
        page.WaitForAssertion(() => Assert.Contains("1 Ticket · Liste von", page.Find("[data-testid=door-list-info]").TextContent, StringComparison.Ordinal));
        Assert.Contains("Ticket prüfen", page.Find("[data-testid=door-check]").TextContent, StringComparison.Ordinal);

        Scan(page, "TICKET-1");
        page.WaitForAssertion(() => Assert.Contains("Eingelassen", page.Find("[data-testid=door-result]").TextContent, StringComparison.Ordinal));
        Assert.Contains("wartet auf Synchronisierung", page.Find("[data-testid=door-scans]").TextContent, StringComparison.Ordinal);

        Scan(page, "TICKET-1");
        page.WaitForAssertion(() => Assert.Contains("Schon gescannt", page.Find("[data-testid=door-result]").TextContent, StringComparison.Ordinal));
        Assert.Contains("Auf diesem Gerät schon um", page.Find("[data-testid=door-result]").TextContent, StringComparison.Ordinal);
    }

    private static void Scan(IRenderedComponent<DoorPage> page, string code)
    {
        page.Find("input[data-testid=door-code], [data-testid=door-code] input").Input(code);
        page.Find("form[data-testid=door-form], [data-testid=door-form]").Submit();
    }

    private sealed class NoDoorApi : IDoorApi
    {
        public Task<ApiResult<DoorListResponse>> GetDoorListAsync(Guid eventId, CancellationToken cancellationToken = default) =>
            Task.FromResult(ApiResult<DoorListResponse>.Fail("Offline."));

        public Task<ApiResult<OfflineScanBatchResponse>> SyncAsync(Guid eventId, OfflineScanBatchRequest batch, CancellationToken cancellationToken = default) =>
            Task.FromResult(ApiResult<OfflineScanBatchResponse>.Fail("Offline."));
    }
}
