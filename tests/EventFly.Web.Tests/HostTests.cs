using System.Net;

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

    [Fact]
    public async Task Metrics_ArePrometheusTextWithHttpServerMetrics()
    {
        using var client = factory.CreateClient();
        await client.GetAsync("/health/live");

        var response = await client.GetAsync("/metrics");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("http_server_request_duration", body, StringComparison.Ordinal);
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
