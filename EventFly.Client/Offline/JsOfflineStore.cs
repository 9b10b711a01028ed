using Microsoft.JSInterop;

namespace EventFly.Client.Offline;

/// <summary><see cref="IOfflineStore"/> through wwwroot/js/offline.js, which App.razor loads on every page.</summary>
internal sealed class JsOfflineStore(IJSRuntime js) : IOfflineStore
{
    public async Task PutAsync(string account, string key, KeptResponse response, CancellationToken cancellationToken = default) =>
        await js.InvokeVoidAsync("EventFlyOffline.put", cancellationToken, account, key, response);

    public async Task<KeptResponse?> GetAsync(string account, string key, CancellationToken cancellationToken = default) =>
        await js.InvokeAsync<KeptResponse?>("EventFlyOffline.get", cancellationToken, account, key);

    public async Task ClearAsync(CancellationToken cancellationToken = default) =>
        await js.InvokeVoidAsync("EventFlyOffline.clear", cancellationToken);
}
