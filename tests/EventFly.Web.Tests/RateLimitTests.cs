using System.Net;
using System.Net.Http.Json;

namespace EventFly.Web.Tests;

public sealed class RateLimitedFactory : EventFlyFactory
{
    protected override int AuthPerMinute => 3;
}

public sealed class RateLimitTests(RateLimitedFactory factory) : IClassFixture<RateLimitedFactory>
{
    [Fact]
    public async Task Login_BeyondTheLimit_Is429WithRetryAfter()
    {
        using var client = factory.CreateClient();
        for (var i = 0; i < 3; i++)
            await client.PostAsJsonAsync("/api/auth/login", new { email = "nobody@tests.eventfly.dev", password = "Wrong!Pass1" });

        var response = await client.PostAsJsonAsync("/api/auth/login", new { email = "nobody@tests.eventfly.dev", password = "Wrong!Pass1" });

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.NotNull(response.Headers.RetryAfter);
    }
}
