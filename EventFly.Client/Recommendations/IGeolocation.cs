namespace EventFly.Client.Recommendations;

/// <summary>The device's position, asked of the browser only when the participant asks for it.</summary>
public interface IGeolocation
{
    /// <summary>The position (rounded to about a kilometre), or a message saying why there is none; never throws for a refusal.</summary>
    Task<GeolocationResult> GetPositionAsync(CancellationToken cancellationToken = default);
}

/// <summary>A position, or a message fit to show the participant.</summary>
public sealed record GeolocationResult(double? Latitude, double? Longitude, string? Error)
{
    public static GeolocationResult At(double latitude, double longitude) => new(latitude, longitude, null);

    public static GeolocationResult Failed(string error) => new(null, null, error);
}
