using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace EventFly.Web.Tests;

public sealed class HostTests(EventFlyFactory factory) : IClassFixture<EventFlyFactory>
{
    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task HealthEndpoints_Are200(string path)
    {
        using var client = factory.CreateClient();

        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData(null, "127.0.0.1", 80, HttpStatusCode.OK)]
    [InlineData(null, "10.1.2.3", 80, HttpStatusCode.NotFound)]
    [InlineData(9464, "10.1.2.3", 9464, HttpStatusCode.OK)]
    [InlineData(9464, "127.0.0.1", 80, HttpStatusCode.NotFound)]
    public async Task Metrics_ArePrometheusText_OnlyOnTheManagementPort_OrElseToLoopback(int? managementPort, string caller, int localPort,
        HttpStatusCode expected)
    {
        await using var host = factory.WithWebHostBuilder(b =>
        {
            if (managementPort is { } port) b.UseSetting("EventFly:Management:Port", port.ToString(CultureInfo.InvariantCulture));
            b.ConfigureTestServices(services => services.AddSingleton<IStartupFilter>(new ConnectionFrom(IPAddress.Parse(caller), localPort)));
        });
        using var client = host.CreateClient();
        await client.GetAsync("/health/live");

        var response = await client.GetAsync("/metrics");

        Assert.Equal(expected, response.StatusCode);
        if (expected == HttpStatusCode.OK)
            Assert.Contains("http_server_request_duration", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownApiRoute_Is404ProblemDetails()
    {
        using var client = factory.CreateClient();

        var response = await client.GetAsync("/api/does-not-exist");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task HomePage_IsServedWithTheAppShell()
    {
        using var client = factory.CreateClient();

        var html = await client.GetStringAsync("/");

        Assert.Contains("EventFly", html, StringComparison.Ordinal);
        Assert.Contains("manifest.webmanifest", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownPage_Is404WithTheNotFoundPage()
    {
        using var client = factory.CreateClient();

        var response = await client.GetAsync("/no-such-page");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Page not found", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    /// <summary>Makes every request come from <paramref name="caller"/> to <paramref name="localPort"/>, as Kestrel would say.</summary>
    private sealed class ConnectionFrom(IPAddress caller, int localPort) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((http, nextMiddleware) =>
            {
                http.Connection.RemoteIpAddress = caller;
                http.Connection.LocalPort = localPort;
                return nextMiddleware(http);
            });
            next(app);
        };
    }
}
