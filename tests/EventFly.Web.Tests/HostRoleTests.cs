using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace EventFly.Web.Tests;

/// <summary>
/// <c>EventFly:Role</c>: one image, three jobs. All (the default) serves and runs the background jobs, Web only serves
/// (and loads the newest recommendation model a worker trained), Worker only runs the jobs and answers health checks.
/// </summary>
public sealed class HostRoleTests
{
    private static readonly string[] Jobs =
        ["HoldExpiryBackgroundService", "NotificationSchedulerBackgroundService", "EngagementTimersBackgroundService", "RecommendationModelJob"];

    [Theory]
    [InlineData("All", true, true)]
    [InlineData("Web", true, false)]
    [InlineData("Worker", false, true)]
    public async Task EachRole_ServesOrRunsJobs_AsConfigured(string role, bool serves, bool runsJobs)
    {
        await using var all = new EventFlyFactory();
        // A worker starts against a database that a serving host migrated: let one do so first, on the same file.
        using (all.CreateClient()) { }
        await using var host = all.WithWebHostBuilder(b => b.UseSetting("EventFly:Role", role));
        using var client = host.CreateClient();

        var home = await client.GetAsync("/");
        var live = await client.GetAsync("/health/live");

        Assert.Equal(serves ? HttpStatusCode.OK : HttpStatusCode.NotFound, home.StatusCode);
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        var running = host.Services.GetServices<IHostedService>().Select(s => s.GetType().Name).ToList();
        Assert.All(Jobs, job => Assert.Equal(runsJobs, running.Contains(job)));
        Assert.Contains("RecommendationModelLoader", running);
    }
}
