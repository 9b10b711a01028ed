using EventFly.Services;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace EventFly.Bench;

/// <summary>The services wired as the host wires them, on a SQLite file in a fresh folder that goes with them.</summary>
internal sealed class BenchServices : IAsyncDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "eventfly-bench", Guid.NewGuid().ToString("N"));

    public BenchServices()
    {
        Directory.CreateDirectory(_folder);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:EventFly"] = $"Data Source={Path.Combine(_folder, "bench.db")}",
        }).Build();
        Provider = new ServiceCollection().AddLogging().AddSingleton(TimeProvider.System)
            .AddEventFlyServices(configuration, _folder).BuildServiceProvider();
    }

    public ServiceProvider Provider { get; }

    public AsyncServiceScope CreateAsyncScope() => Provider.CreateAsyncScope();

    public async ValueTask DisposeAsync()
    {
        await Provider.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }
}
