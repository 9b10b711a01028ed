using System.Globalization;
using System.Net;
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

    [Theory]
    [InlineData("/")]
    [InlineData("/api/events")]
    public async Task EveryResponse_CarriesTheSecurityHeaders_AndThePagesOnlyInlineScriptHasTheNonce(string path)
    {
        using var client = factory.CreateClient();

        var response = await client.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("strict-origin-when-cross-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
        var csp = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        var scripts = csp.Split(';').Select(d => d.Trim()).Single(d => d.StartsWith("script-src ", StringComparison.Ordinal));
        Assert.Contains("'wasm-unsafe-eval'", scripts, StringComparison.Ordinal);
        Assert.DoesNotContain("'unsafe-inline'", scripts, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        if (path != "/") return;
        var nonce = scripts.Split(' ').Single(s => s.StartsWith("'nonce-", StringComparison.Ordinal))["'nonce-".Length..^1];
        var inline = System.Text.RegularExpressions.Regex.Matches(body, "<script(?![^>]*\\bsrc=)[^>]*>").Select(m => m.Value).ToList();
        Assert.Equal([nonce], inline.Select(tag => System.Net.WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Match(tag, "nonce=\"([^\"]*)\"").Groups[1].Value)));
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
}
