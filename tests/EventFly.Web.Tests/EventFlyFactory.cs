using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace EventFly.Web.Tests;

/// <summary>The real host on a SQLite file of its own (or another <see cref="Database"/>), with a known admin and no demo data.</summary>
public class EventFlyFactory : WebApplicationFactory<Program>
{
    public const string AdminEmail = "admin@tests.eventfly.dev";
    public const string AdminPassword = "Admin!Pass1";
    public const string Password = "Test!Pass1";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "eventfly-web-tests", Guid.NewGuid().ToString("N"));

    protected virtual int AuthPerMinute => 10_000;

    /// <summary>Business (no limits to speak of) unless a test is about the limits of another package.</summary>
    protected virtual string DefaultPackage => "business";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(_folder);
        // UseSetting, not ConfigureAppConfiguration: Program reads these while it builds the service collection.
        var (provider, connectionString) = Database;
        builder.UseSetting("EventFly:Database:Provider", provider);
        builder.UseSetting("ConnectionStrings:EventFly", connectionString);
        builder.UseSetting("EventFly:DataPath", _folder);
        builder.UseSetting("EventFly:DemoData", "false");
        builder.UseSetting("EventFly:Admin:Email", AdminEmail);
        builder.UseSetting("EventFly:Admin:Password", AdminPassword);
        builder.UseSetting("EventFly:RateLimits:AuthPerMinute", AuthPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("EventFly:DefaultPackage", DefaultPackage);
        builder.UseSetting("EventFly:Recommendations:CatalogMaxAgeSeconds", "0");
        builder.UseSetting("EventFly:Recommendations:MinTrainingUsers", "1");
        builder.UseSetting("EventFly:Recommendations:TrainEveryHours", "0");
        // Tests send the outbox themselves (DispatchOutboxAsync). A background round running at the same time would
        // claim a message and leave the test's round empty-handed while its e-mail is still being written.
        // (A web-only host has no such loop.)
        builder.ConfigureTestServices(services =>
        {
            if (DispatchesOutboxInBackground) return;
            foreach (var loop in services.Where(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType?.Name == "OutboxBackgroundService").ToList())
                services.Remove(loop);
        });
    }

    /// <summary>False: the tests dispatch the outbox themselves. A fleet's worker runs the loop, as in production.</summary>
    protected virtual bool DispatchesOutboxInBackground => false;

    /// <summary>The data folder: the SQLite file (unless <see cref="Database"/> names another), uploads and the mail pickup folder.</summary>
    public string DatabaseFolder => _folder;

    /// <summary>The provider and connection string of the host's database: a SQLite file of its own unless overridden.</summary>
    protected virtual (string Provider, string ConnectionString) Database =>
        ("Sqlite", $"Data Source={Path.Combine(_folder, "eventfly.db")};Pooling=false");

    /// <summary>One round of the outbox, as the background loop (not running in these tests) does each second.</summary>
    public async Task DispatchOutboxAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<EventFly.Services.Outbox.IOutboxDispatcher>().DispatchDueAsync(CancellationToken.None);
    }

    /// <summary>Dispatches the outbox until nothing is due (one round sends at most a batch; consumers may add messages).</summary>
    public async Task DrainOutboxAsync()
    {
        for (var round = 0; round < 100; round++)
        {
            await using var scope = Services.CreateAsyncScope();
            if (await scope.ServiceProvider.GetRequiredService<EventFly.Services.Outbox.IOutboxDispatcher>().DispatchDueAsync(CancellationToken.None) == 0) return;
        }
    }

    /// <summary>Registers a new account with a unique e-mail and returns it with a bearer client for it.</summary>
    public async Task<(string Email, HttpClient Client)> CreateSignedInUserAsync(string? email = null)
    {
        email ??= $"user-{Guid.NewGuid():N}@tests.eventfly.dev";
        using var anonymous = CreateClient();
        var registered = await anonymous.PostAsJsonAsync("/api/auth/register", new { email, password = Password });
        registered.EnsureSuccessStatusCode();
        return (email, await CreateBearerClientAsync(email, Password));
    }

    public async Task<HttpClient> CreateBearerClientAsync(string email, string password)
    {
        var client = CreateClient();
        var login = await client.PostAsJsonAsync("/api/auth/login", new { email, password });
        login.EnsureSuccessStatusCode();
        var token = await login.Content.ReadFromJsonAsync<TokenResponse>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token!.AccessToken);
        return client;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        GC.SuppressFinalize(this);
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Left to the temp-folder cleanup.
        }
    }

    public sealed record TokenResponse(string TokenType, string AccessToken, int ExpiresIn, string RefreshToken);
}
