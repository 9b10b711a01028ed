using EventFly.Services.Identity.Contracts;
using EventFly.Services.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace EventFly.Services.Tests;

/// <summary>The services wired as the host wires them, on a fresh SQLite file of their own.</summary>
internal sealed class SqliteServices : IAsyncDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "eventfly-tests", Guid.NewGuid().ToString("N"));
    private readonly ServiceProvider _provider;

    /// <summary>The data folder (the database, and the pickup folder <c>mail</c> of sent e-mails).</summary>
    public string Folder => _folder;

    /// <summary>The database's connection string, for a second set of services on the same file (a second container).</summary>
    public string ConnectionString => $"Data Source={Path.Combine(_folder, "eventfly.db")};Pooling=false";

    public SqliteServices(IDictionary<string, string?>? settings = null, TimeProvider? time = null, Action<IServiceCollection>? configure = null)
    {
        Directory.CreateDirectory(_folder);
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["ConnectionStrings:EventFly"] = ConnectionString,
                ["EventFly:DemoData"] = "false",
                ["EventFly:DefaultPackage"] = "business",
            })
            .AddInMemoryCollection(settings ?? new Dictionary<string, string?>())
            .Build();

        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(time ?? TimeProvider.System);
        services.AddEventFlyServices(configuration, _folder);
        // The host registers Identity (with its API endpoints); the services only need its managers.
        services.AddIdentityCore<AppUser>()
            .AddRoles<IdentityRole<Guid>>()
            .AddEntityFrameworkStores<EventFlyDbContext>();
        configure?.Invoke(services);
        _provider = services.BuildServiceProvider(validateScopes: true);
    }

    public async Task InitializeAsync()
    {
        await using var scope = _provider.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IDatabaseInitializer>().InitializeAsync(CancellationToken.None);
    }

    /// <summary>Runs <paramref name="action"/> in a scope of its own, as one request would.</summary>
    public async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = _provider.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }

    public async Task<AppUser> CreateUserAsync(string email, string password = "Test!Pass1") =>
        await InScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<AppUser>>();
            var user = AppUser.Create(email);
            var result = await users.CreateAsync(user, password);
            Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));
            return user;
        });

    public async ValueTask DisposeAsync()
    {
        await _provider.DisposeAsync();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by the OS is left to the temp-folder cleanup.
        }
    }
}
