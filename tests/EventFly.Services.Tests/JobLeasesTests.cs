using EventFly.Services.Hosting;
using EventFly.Services.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace EventFly.Services.Tests;

/// <summary>A job lease is held by one process at a time, until released or expired, however many try at once.</summary>
public sealed class JobLeasesTests : IAsyncLifetime
{
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);
    private readonly ManualTime _time = new(new DateTimeOffset(2026, 12, 5, 12, 0, 0, TimeSpan.Zero));
    private readonly SqliteServices _services;

    public JobLeasesTests() => _services = new SqliteServices(time: _time);

    public async ValueTask InitializeAsync() => await _services.InitializeAsync();

    public ValueTask DisposeAsync() => _services.DisposeAsync();

    [Fact]
    public async Task ALease_IsOneHolders_UntilReleasedOrExpired()
    {
        Assert.True(await TryAsync("worker-1"));
        Assert.True(await TryAsync("worker-1"));
        Assert.False(await TryAsync("worker-2"));

        _time.Advance(Minute + TimeSpan.FromSeconds(1));
        Assert.True(await TryAsync("worker-2"));
        Assert.False(await TryAsync("worker-1"));

        await _services.InScopeAsync(async sp =>
        {
            await Leases(sp, "worker-2").ReleaseAsync("job", CancellationToken.None);
            return 0;
        });
        Assert.True(await TryAsync("worker-1"));
    }

    [Fact]
    public async Task TenProcessesAtOnce_OneGetsIt()
    {
        var outcomes = await Task.WhenAll(Enumerable.Range(1, 10).Select(i => Task.Run(() => TryAsync($"worker-{i}", "contended"))));

        Assert.Single(outcomes, got => got);
    }

    private Task<bool> TryAsync(string holder, string name = "job") =>
        _services.InScopeAsync(sp => Leases(sp, holder).TryAcquireAsync(name, Minute, CancellationToken.None));

    private static JobLeases Leases(IServiceProvider services, string holder) =>
        new(services.GetRequiredService<JobLeaseData>(), services.GetRequiredService<TimeProvider>()) { Holder = holder };
}
