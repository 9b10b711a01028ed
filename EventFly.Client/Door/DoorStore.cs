using EventFly.Client.Contracts;
using Microsoft.JSInterop;

namespace EventFly.Client.Door;

/// <summary>One scan at this door, as this device keeps it until (and after) the server has answered.</summary>
public sealed record DoorScan(
    string Id, Guid EventId, string Code, string CodeHash, DateTimeOffset ScannedAt, string? TicketTypeName,
    OfflineScanState? Result = null, DateTimeOffset? CheckedInAt = null, string? Door = null, string? Reason = null)
{
    /// <summary>Not yet answered by the server.</summary>
    public bool Queued => Result is null;
}

/// <summary>The door scanner's IndexedDB database (wwwroot/js/door-store.js), apart from the participant's offline tickets.</summary>
public sealed class DoorStore(IJSRuntime js) : IAsyncDisposable
{
    private IJSObjectReference? _module;

    public async Task<string?> GetSettingAsync(string key) => await (await ModuleAsync()).InvokeAsync<string?>("getSetting", key);

    public async Task SetSettingAsync(string key, string value) => await (await ModuleAsync()).InvokeAsync<bool>("setSetting", key, value);

    public async Task<DoorListResponse?> GetListAsync(Guid eventId) => await (await ModuleAsync()).InvokeAsync<DoorListResponse?>("getList", eventId.ToString());

    public async Task SaveListAsync(DoorListResponse list) => await (await ModuleAsync()).InvokeAsync<bool>("saveList", list);

    public async Task PutScanAsync(DoorScan scan) => await (await ModuleAsync()).InvokeAsync<bool>("putScan", scan);

    public async Task<List<DoorScan>> GetScansAsync(Guid eventId) => await (await ModuleAsync()).InvokeAsync<List<DoorScan>>("getScans", eventId.ToString());

    public async Task<string> HashAsync(string code) => await (await ModuleAsync()).InvokeAsync<string>("hash", code);

    /// <returns>Whether the browser is online now; <paramref name="target"/>'s <c>OnConnectionChanged(bool)</c> hears each change.</returns>
    public async Task<bool> WatchConnectionAsync<T>(DotNetObjectReference<T> target) where T : class =>
        await (await ModuleAsync()).InvokeAsync<bool>("watchConnection", target);

    public async ValueTask DisposeAsync()
    {
        if (_module is null) return;
        try
        {
            await _module.InvokeVoidAsync("unwatchConnection");
            await _module.DisposeAsync();
        }
        catch (JSDisconnectedException)
        {
            // The page is gone; so are its listeners.
        }
    }

    private async Task<IJSObjectReference> ModuleAsync() => _module ??= await js.InvokeAsync<IJSObjectReference>("import", "/js/door-store.js");
}
