using EventFly.Client.Recommendations;

namespace EventFly.Client.Tests;

/// <summary>The browser's position as a test decides it: a place, or a refusal.</summary>
internal sealed class FakeGeolocation : IGeolocation
{
    public GeolocationResult Answer { get; set; } = GeolocationResult.Failed("Location access was denied.");

    public int Asked { get; private set; }

    public Task<GeolocationResult> GetPositionAsync(CancellationToken cancellationToken = default)
    {
        Asked++;
        return Task.FromResult(Answer);
    }
}
