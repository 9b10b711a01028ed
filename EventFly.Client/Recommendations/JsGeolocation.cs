using Microsoft.JSInterop;

namespace EventFly.Client.Recommendations;

/// <summary><see cref="IGeolocation"/> through the browser's Geolocation API (wwwroot/js/geolocation.js).</summary>
internal sealed class JsGeolocation(IJSRuntime js) : IGeolocation, IAsyncDisposable
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

    internal static string Explain(string? error) => error switch
    {
        "denied" => "Location access was denied. You can allow it in your browser's site settings, or pick a city instead.",
        "timeout" => "Finding your location took too long. Try again, or pick a city instead.",
        "unsupported" => "This browser cannot share its location. Pick a city instead.",
        _ => "Your location is not available right now. Pick a city instead.",
    };

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
