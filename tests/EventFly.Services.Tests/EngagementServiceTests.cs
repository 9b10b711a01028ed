namespace EventFly.Services.Tests;

/// <summary>Base of the Engagement service tests: each test gets a fresh <see cref="EngagementTestBed"/>.</summary>
public abstract class EngagementServiceTests : IAsyncLifetime
{
    private EngagementTestBed? _bed;

    private protected EngagementTestBed Bed => _bed ?? throw new InvalidOperationException("The test bed is created in InitializeAsync.");

    public async ValueTask InitializeAsync() => _bed = await EngagementTestBed.CreateAsync();

    public async ValueTask DisposeAsync()
    {
        if (_bed is not null) await _bed.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}
