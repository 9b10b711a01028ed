using EventFly.Client.Resources;
using Microsoft.Extensions.Localization;
using Microsoft.JSInterop;

namespace EventFly.Client.Recommendations;

/// <summary><see cref="IGeolocation"/> through the browser's Geolocation API (wwwroot/js/geolocation.js).</summary>
internal sealed class JsGeolocation(IJSRuntime js, IStringLocalizer<AccountTexts> texts) : IGeolocation, IAsyncDisposable
{
    private const int TimeoutMs = 15_000;
    private IJSObjectReference? _module;

    public async Task<GeolocationResult> GetPositionAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            _module ??= await js.InvokeAsync<IJSObjectReference>("import", cancellationToken, "/js/geolocation.js");
            var answer = await _module.InvokeAsync<Answer>("getPosition", cancellationToken, TimeoutMs);
            return answer is { Latitude: { } latitude, Longitude: { } longitude }
                // A kilometre is plenty for "near you"; the exact spot is nobody's business.
                ? GeolocationResult.At(Math.Round(latitude, 2), Math.Round(longitude, 2))
                : GeolocationResult.Failed(Explain(answer?.Error));
        }
        catch (Exception ex) when (ex is JSException or JSDisconnectedException or InvalidOperationException)
        {
            // No browser (prerendering) or the script could not load.
            return GeolocationResult.Failed(Explain(null));
        }
    }

    internal string Explain(string? error) => texts[error switch
    {
        "denied" => "LocationDenied",
        "timeout" => "LocationTimeout",
        "unsupported" => "LocationUnsupported",
        _ => "LocationUnavailable",
    }];

    public async ValueTask DisposeAsync()
    {
        if (_module is null) return;
        try
        {
            await _module.DisposeAsync();
        }
        catch (JSDisconnectedException)
        {
            // The page is gone, and the module with it.
        }
    }

    private sealed record Answer(double? Latitude, double? Longitude, string? Error);
}
